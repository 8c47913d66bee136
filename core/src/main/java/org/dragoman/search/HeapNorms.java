package org.dragoman.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A segment's norms of one field as a byte per document on the heap, read once per segment and kept
 * until the segment closes, for the window-by-window scoring of terms ({@link WindowTerm}, {@link
 * WindowSynonyms}).
 *
 * <p>Why: Lucene's term scorer reads the norm of each posting through the norms' doc values, three
 * calls per document (from the loop that every kind of doc values shares); in a profile of {@code
 * nuclear disarmament} (about 30,000 postings scored in the one pass) a fifth of the search was
 * counted inside them. Reading an array instead took 0.96x the time of that search and 0.97x that
 * of {@code Kazakhstan} (CPU per search, alternating in one JVM): most of that fifth reappeared, in
 * the profile after the change, in the adding of the scores. An array costs a byte per document and
 * field (four fields: under 600 KB for the reference corpus of 138,319 passages).
 *
 * <pre>{@code
 * byte[] norms = HeapNorms.of(leaf.reader(), "body"); // null: the field has no norms
 * long norm = norms == null ? 1L : norms[doc];
 * }</pre>
 */
final class HeapNorms {

  /** Segments' norms by field, until the segment's core closes. */
  private static final Map<IndexReader.CacheKey, Map<String, byte[]>> CACHED =
      new ConcurrentHashMap<>();

  /** Marks a field without norms (a map holds no null). */
  private static final byte[] NONE = new byte[0];

  private HeapNorms() {}

  /**
   * The norm of each document of {@code reader} in {@code field} (as Lucene's term scorer reads it:
   * 1 where a document has none), or null when the field has no norms in the segment.
   *
   * @throws IllegalStateException when a norm does not fit a byte (an index written with a
   *     similarity of its own)
   */
  static byte[] of(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field); // a reader that cannot tell when it closes: not kept
    }
    IndexReader.CacheKey key = helper.getKey();
    Map<String, byte[]> fields = CACHED.get(key);
    if (fields == null) {
      fields = new ConcurrentHashMap<>();
      Map<String, byte[]> earlier = CACHED.putIfAbsent(key, fields);
      if (earlier != null) {
        fields = earlier;
      } else {
        helper.addClosedListener(CACHED::remove);
      }
    }
    byte[] norms;
    try {
      // Atomic: a thread asking while another reads waits for its array (a lookup followed by a
      // check for the key let a thread asking just as another stored take "no norms").
      norms = fields.computeIfAbsent(field, f -> readOrNone(reader, f));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return norms == NONE ? null : norms;
  }

  /** How many segments have norms kept (tests). */
  static int segmentsKept() {
    return CACHED.size();
  }

  private static byte[] readOrNone(LeafReader reader, String field) {
    try {
      byte[] norms = read(reader, field);
      return norms == null ? NONE : norms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(LeafReader reader, String field) throws IOException {
    NumericDocValues values = reader.getNormValues(field);
    if (values == null) {
      return null;
    }
    byte[] norms = new byte[reader.maxDoc()];
    // Lucene's term scorer takes 1 for a document without a norm (one whose norm encoded to 0).
    Arrays.fill(norms, (byte) 1);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      long norm = values.longValue();
      if (norm != (byte) norm) {
        // Lucene's similarities encode a norm in one byte; an index written otherwise is no
        // Dragoman index, whose writer keeps Lucene's default.
        throw new IllegalStateException(
            "norm " + norm + " of document " + doc + " in field " + field + " is not one byte");
      }
      norms[doc] = (byte) norm;
    }
    return norms;
  }
}
