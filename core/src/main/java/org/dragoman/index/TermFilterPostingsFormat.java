package org.dragoman.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104PostingsFormat;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOBooleanSupplier;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Lucene's postings with a {@link TermFilter} of each field's terms beside them: looking up a term
 * that a segment does not hold costs a hash and one cache line instead of a search of the terms
 * dictionary.
 *
 * <p>Why: a Dragoman query word becomes many terms, every spelling key of a name in a title and a
 * body field ({@code Kazakhstan} is 24, {@code Tajikistan OR Kyrgyzstan} 52), and most of them are
 * in no article: keys of spellings the corpus does not use, and common words in the title fields.
 * Lucene's terms dictionary tells an absent term only after reading the block of terms where it
 * would be, as slowly as it finds a present one. On the reference corpus (138,319 passages, one
 * segment) 19 of Kazakhstan's 24 terms are absent, and looking up all 24 took 9.7 µs where its 5
 * present ones took 5.7 µs; for {@code Tajikistan OR Kyrgyzstan} (31 absent) 28.1 against 14.5 µs.
 *
 * <p>The filter is written as the postings writer reads the terms (at a flush and at a merge), from
 * hashes kept in memory meanwhile (16 bytes a term): about 10 to 20 bits per term, on disk and on
 * the heap of a reader (Lucene's own Bloom filter format keeps them there too). A field with more
 * than {@value TermFilter.Builder#MAX_TERMS} terms in one segment gets no filter. Only exact
 * look-ups use it; enumerations (patterns, fuzzy words, spelling suggestions) read the dictionary
 * as before.
 *
 * <p>The format's name is written into every segment's field infos and found again through Java's
 * service loader ({@code META-INF/services/org.apache.lucene.codecs.PostingsFormat}): it must not
 * change. Segments of earlier Dragoman indexes, written without it, stay readable.
 *
 * <pre>{@code
 * new IndexWriterConfig(analyzer).setCodec(new DragomanCodec()); // every field with the filter
 * Codec codec = new Lucene104Codec() { // or Lucene's codec with it for chosen fields
 *   public PostingsFormat getPostingsFormatForField(String field) {
 *     return field.endsWith(".names") ? new TermFilterPostingsFormat() : super.getPostingsFormatForField(field);
 *   }
 * };
 * }</pre>
 */
public final class TermFilterPostingsFormat extends PostingsFormat {

  /** The name segments record; never reused for another format. */
  public static final String NAME = "DragomanTermFilter";

  static final String EXTENSION = "dtf";

  private static final int VERSION = 0;

  private final PostingsFormat postings = new Lucene104PostingsFormat();

  /** Also the constructor the service loader calls. */
  public TermFilterPostingsFormat() {
    super(NAME);
  }

  @Override
  public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
    return new Writer(postings.fieldsConsumer(state), state);
  }

  @Override
  public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
    return Reader.open(state);
  }

  private static String fileName(String segment, String suffix) {
    return IndexFileNames.segmentFileName(segment, suffix, EXTENSION);
  }

  /**
   * Writes the postings and the filters file: a header, the postings format's name, the number of
   * filters, and for each its field number, its number of blocks and the blocks; a footer.
   */
  private final class Writer extends FieldsConsumer {
    private final FieldsConsumer postingsWriter;
    private final SegmentWriteState state;

    Writer(FieldsConsumer postingsWriter, SegmentWriteState state) {
      this.postingsWriter = postingsWriter;
      this.state = state;
    }

    @Override
    public void write(Fields fields, NormsProducer norms) throws IOException {
      RecordingFields recording = new RecordingFields(fields);
      postingsWriter.write(recording, norms);
      recording.finish();
      String name = fileName(state.segmentInfo.name, state.segmentSuffix);
      try (IndexOutput out = state.directory.createOutput(name, state.context)) {
        CodecUtil.writeIndexHeader(
            out, NAME, VERSION, state.segmentInfo.getId(), state.segmentSuffix);
        out.writeString(postings.getName());
        out.writeVInt(recording.filters.size());
        for (Map.Entry<String, long[]> filter : recording.filters.entrySet()) {
          out.writeVInt(state.fieldInfos.fieldInfo(filter.getKey()).number);
          out.writeVInt(filter.getValue().length / TermFilter.WORDS_PER_BLOCK);
          for (long word : filter.getValue()) {
            out.writeLong(word);
          }
        }
        CodecUtil.writeFooter(out);
      }
    }

    @Override
    public void close() throws IOException {
      postingsWriter.close();
    }
  }

  /**
   * The fields being written, each term's hash recorded as the postings writer reads it. A field's
   * filter is built as soon as the writer moves on to the next field, so that only one field's
   * hashes are held at a time.
   */
  private static final class RecordingFields extends FilterLeafReader.FilterFields {
    final Map<String, long[]> filters = new LinkedHashMap<>();
    private final List<Map.Entry<String, TermFilter.Builder>> builders = new ArrayList<>();

    RecordingFields(Fields in) {
      super(in);
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = in.terms(field);
      if (terms == null) {
        return null;
      }
      finishField();
      TermFilter.Builder filter = new TermFilter.Builder();
      builders.add(Map.entry(field, filter));
      return new DelegatingTerms(terms) {
        @Override
        public TermsEnum iterator() throws IOException {
          return new FilterLeafReader.FilterTermsEnum(terms.iterator()) {
            @Override
            public BytesRef next() throws IOException {
              BytesRef term = in.next();
              if (term != null) {
                filter.add(term);
              }
              return term;
            }

            // A writer that seeks might write terms that next() never passed on.

            @Override
            public SeekStatus seekCeil(BytesRef text) throws IOException {
              filter.distrust();
              return in.seekCeil(text);
            }

            @Override
            public boolean seekExact(BytesRef text) throws IOException {
              filter.distrust();
              return in.seekExact(text);
            }

            @Override
            public void seekExact(long ord) throws IOException {
              filter.distrust();
              in.seekExact(ord);
            }

            @Override
            public void seekExact(BytesRef term, TermState state) throws IOException {
              filter.distrust();
              in.seekExact(term, state);
            }

            @Override
            public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
              filter.distrust();
              return in.prepareSeekExact(text);
            }
          };
        }
      };
    }

    /**
     * Builds the last field's filter, and leaves out the filter of any field whose terms the writer
     * went on reading after it had moved to another field, or sought instead of reading them in
     * order (Lucene's writers read one field after the other, term by term).
     */
    void finish() {
      finishField();
      for (Map.Entry<String, TermFilter.Builder> filter : builders) {
        if (!filter.getValue().isTrusted()) {
          filters.remove(filter.getKey());
        }
      }
    }

    /**
     * Builds the filter of the field whose terms were recorded last, if any (a builder built before
     * builds nothing again).
     */
    private void finishField() {
      if (!builders.isEmpty()) {
        Map.Entry<String, TermFilter.Builder> last = builders.getLast();
        long[] words = last.getValue().build();
        if (words != null) {
          filters.put(last.getKey(), words);
        }
      }
    }
  }

  /** The postings of a segment, each field with a filter answering exact look-ups first. */
  private static final class Reader extends FieldsProducer {
    private final FieldsProducer postingsReader;
    private final Map<String, Terms> filtered = new HashMap<>();

    private Reader(FieldsProducer postingsReader, Map<String, long[]> filters) throws IOException {
      this.postingsReader = postingsReader;
      for (Map.Entry<String, long[]> filter : filters.entrySet()) {
        Terms terms = postingsReader.terms(filter.getKey());
        if (terms != null) {
          filtered.put(filter.getKey(), new FilteredTerms(terms, filter.getValue()));
        }
      }
    }

    /** Reads the filters whole, checking the file's checksum, and opens the postings. */
    static Reader open(SegmentReadState state) throws IOException {
      String name = fileName(state.segmentInfo.name, state.segmentSuffix);
      Map<String, long[]> filters = new HashMap<>();
      String postingsFormat = null;
      try (ChecksumIndexInput file = state.directory.openChecksumInput(name)) {
        Throwable failure = null;
        try {
          CodecUtil.checkIndexHeader(
              file, NAME, VERSION, VERSION, state.segmentInfo.getId(), state.segmentSuffix);
          postingsFormat = file.readString();
          int count = file.readVInt();
          for (int i = 0; i < count; i++) {
            FieldInfo field = state.fieldInfos.fieldInfo(file.readVInt());
            int blocks = file.readVInt();
            if (field == null || blocks <= 0 || Integer.bitCount(blocks) != 1) {
              throw new CorruptIndexException("bad term filter entry " + i, file);
            }
            long[] words = new long[blocks * TermFilter.WORDS_PER_BLOCK];
            file.readLongs(words, 0, words.length);
            filters.put(field.name, words);
          }
        } catch (Throwable e) {
          failure = e;
        } finally {
          CodecUtil.checkFooter(file, failure);
        }
      }
      FieldsProducer postingsReader = PostingsFormat.forName(postingsFormat).fieldsProducer(state);
      try {
        return new Reader(postingsReader, filters);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(postingsReader);
        throw e;
      }
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = filtered.get(field);
      return terms != null ? terms : postingsReader.terms(field);
    }

    @Override
    public Iterator<String> iterator() {
      return postingsReader.iterator();
    }

    @Override
    public int size() {
      return postingsReader.size();
    }

    @Override
    public void checkIntegrity() throws IOException {
      postingsReader.checkIntegrity(); // the filters' checksum was checked when they were read
    }

    @Override
    public void close() throws IOException {
      postingsReader.close();
    }
  }

  /**
   * A field's terms enumerated by the dictionary, with exact look-ups answered by the filter when
   * it can. The dictionary's own enumerator opens only when needed: a search whose terms are all
   * absent from a segment opens none there.
   */
  private static final class FilteredTermsEnum extends TermsEnum {
    private final Terms terms;
    private final long[] filter;
    private TermsEnum dictionary;

    FilteredTermsEnum(Terms terms, long[] filter) {
      this.terms = terms;
      this.filter = filter;
    }

    private TermsEnum dictionary() throws IOException {
      if (dictionary == null) {
        dictionary = terms.iterator();
      }
      return dictionary;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      return TermFilter.mightContain(filter, text) && dictionary().seekExact(text);
    }

    @Override
    public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
      // Null: the term is certainly absent, without reading the dictionary.
      return TermFilter.mightContain(filter, text) ? dictionary().prepareSeekExact(text) : null;
    }

    @Override
    public boolean preferSeekExact() {
      return true; // deletes by term (updates by id) then pass through the filter
    }

    @Override
    public AttributeSource attributes() {
      try {
        return dictionary().attributes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      return dictionary().seekCeil(text);
    }

    @Override
    public void seekExact(long ord) throws IOException {
      dictionary().seekExact(ord);
    }

    @Override
    public void seekExact(BytesRef term, TermState state) throws IOException {
      dictionary().seekExact(term, state);
    }

    @Override
    public BytesRef next() throws IOException {
      return dictionary().next();
    }

    @Override
    public BytesRef term() throws IOException {
      return dictionary().term();
    }

    @Override
    public long ord() throws IOException {
      return dictionary().ord();
    }

    @Override
    public int docFreq() throws IOException {
      return dictionary().docFreq();
    }

    @Override
    public long totalTermFreq() throws IOException {
      return dictionary().totalTermFreq();
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      return dictionary().postings(reuse, flags);
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
      return dictionary().impacts(flags);
    }

    @Override
    public TermState termState() throws IOException {
      return dictionary().termState();
    }
  }

  /** A field's terms whose enumerators look exact terms up in the filter first. */
  private static final class FilteredTerms extends DelegatingTerms {
    private final Terms terms;
    private final long[] filter;

    FilteredTerms(Terms terms, long[] filter) {
      super(terms);
      this.terms = terms;
      this.filter = filter;
    }

    @Override
    public TermsEnum iterator() {
      return new FilteredTermsEnum(terms, filter);
    }
  }

  /** A field's terms as another {@link Terms} has them, except for the enumerator. */
  private abstract static class DelegatingTerms extends Terms {
    private final Terms in;

    DelegatingTerms(Terms in) {
      this.in = in;
    }

    @Override
    public TermsEnum intersect(CompiledAutomaton compiled, BytesRef startTerm) throws IOException {
      return in.intersect(compiled, startTerm);
    }

    @Override
    public long size() throws IOException {
      return in.size();
    }

    @Override
    public long getSumTotalTermFreq() throws IOException {
      return in.getSumTotalTermFreq();
    }

    @Override
    public long getSumDocFreq() throws IOException {
      return in.getSumDocFreq();
    }

    @Override
    public int getDocCount() throws IOException {
      return in.getDocCount();
    }

    @Override
    public boolean hasFreqs() {
      return in.hasFreqs();
    }

    @Override
    public boolean hasOffsets() {
      return in.hasOffsets();
    }

    @Override
    public boolean hasPositions() {
      return in.hasPositions();
    }

    @Override
    public boolean hasPayloads() {
      return in.hasPayloads();
    }

    @Override
    public BytesRef getMin() throws IOException {
      return in.getMin();
    }

    @Override
    public BytesRef getMax() throws IOException {
      return in.getMax();
    }

    @Override
    public Object getStats() throws IOException {
      return in.getStats();
    }
  }
}
