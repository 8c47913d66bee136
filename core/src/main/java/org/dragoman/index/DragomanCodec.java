package org.dragoman.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;

/**
 * Lucene's default codec with stored fields compressed in small chunks, so that the snippets of a
 * page of hits decompress little more than the hits' own texts, and with a filter of each field's
 * terms beside its postings ({@link TermFilterPostingsFormat}), so that the many spelling keys of a
 * query that an index does not hold cost little to look up.
 *
 * <p>Why: snippets are made from the stored title and body. Lucene's default stored-fields format
 * compresses chunks of about 80 KB (sub-blocks of about 8 KB sharing a dictionary), and reading one
 * article decompresses the dictionary and everything in its sub-block before it. In a profile of a
 * search with snippets on the reference corpus (passages of about 1,500 characters) that took 34%
 * of the search. Here a chunk closes once it holds {@value #CHUNK_BYTES} bytes (two or three
 * passages, or one longer article), compressed with plain LZ4. Measured on the reference corpus
 * (138,319 passages, CPU time, medians, in probe programs that are not part of the build): reading
 * the title and body of 10 random articles took 67 µs instead of 175 µs; whole searches with
 * snippets, alternating between the two indexes in one JVM, took 0.71x to 0.90x the time (one word,
 * two words, a phrase, a Cyrillic spelling). The stored fields take 154 MB instead of 131 MB (the
 * index 289 MB instead of 267 MB); indexing was not slower (CPU per document, six alternating
 * pairs, median +9%).
 *
 * <p>The codec's name is written into every segment and found again through Java's service loader
 * ({@code META-INF/services/org.apache.lucene.codecs.Codec}): it must not change, and a later
 * Lucene default codec needs a codec of its own with a new name. Segments written by another codec
 * (older Dragoman indexes) stay readable; merges rewrite them with this one.
 *
 * <pre>{@code
 * new IndexWriterConfig(analyzer).setCodec(new DragomanCodec());
 * }</pre>
 */
public final class DragomanCodec extends FilterCodec {

  /** The name segments record; never reused for another format. */
  public static final String NAME = "Dragoman104";

  /** Bytes of stored documents after which a chunk is compressed and written. */
  static final int CHUNK_BYTES = 4096;

  /** Documents after which a chunk is written even when smaller (short articles). */
  private static final int CHUNK_DOCS = 64;

  /** Chunks per block of the stored-fields index (Lucene's default). */
  private static final int INDEX_BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "DragomanStoredFields", CompressionMode.FAST, CHUNK_BYTES, CHUNK_DOCS, INDEX_BLOCK_SHIFT);

  /**
   * Every field's postings with a filter of its terms ({@link TermFilterPostingsFormat}). Per
   * field, as Lucene's default: a segment records each field's format, so segments written before
   * the filter (Lucene's own postings format) stay readable.
   */
  private final PostingsFormat postings =
      new PerFieldPostingsFormat() {
        private final PostingsFormat filtered = new TermFilterPostingsFormat();

        @Override
        public PostingsFormat getPostingsFormatForField(String field) {
          return filtered;
        }
      };

  /** Also the constructor the service loader calls. */
  public DragomanCodec() {
    // Not Codec.forName: a codec must not look others up while the service loader creates it.
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  @Override
  public PostingsFormat postingsFormat() {
    return postings;
  }
}
