package org.dragoman.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.SortOrder;

/**
 * Collects the first hits of an oldest-first search without visiting every match. Segments are
 * sorted newest first with undated articles last ({@link org.dragoman.index.IndexOrder}), so the
 * oldest dated articles of a segment lie just before its undated tail. In each segment this reads
 * the matches in windows backwards from there, each window twice as long as the one after it, until
 * it has enough hits after the cursor and the window's first document is strictly newer than the
 * last of them (so that every article sharing that date, which the id orders among themselves, is a
 * candidate); when the dated part runs out it reads the undated tail forwards. The candidates then
 * go, in document order, to the same {@link TopFieldCollector} the full pass uses, so hits, ties
 * and cursors come out the same. It returns the page only: the total is counted apart.
 *
 * <pre>{@code
 * OldestFirstCollection backwards = OldestFirstCollection.of(searcher, query);
 * TopFieldDocs page = backwards.pays() ? backwards.collect(null, 11) : null;
 * }</pre>
 */
final class OldestFirstCollection {

  /**
   * Documents in the first window of a segment at least; each next window is twice as long. (Four
   * times 1,024 measured slower: the matches read beyond the page cost more than the scorers.)
   */
  private static final int FIRST_WINDOW = 256;

  /** The date sort value of undated articles in oldest-first order ({@code IndexOrder.byDate}). */
  private static final long UNDATED = Long.MAX_VALUE;

  private final IndexSearcher searcher;
  private final Weight weight; // built once for both the cost estimate and the windows

  private OldestFirstCollection(IndexSearcher searcher, Weight weight) {
    this.searcher = searcher;
    this.weight = weight;
  }

  /** The backward reading of {@code query}'s matches on {@code searcher}. */
  static OldestFirstCollection of(IndexSearcher searcher, Query query) throws IOException {
    return new OldestFirstCollection(searcher, uncachedWeight(searcher, query));
  }

  /**
   * The first {@code wanted} hits of the query in {@link ResultOrder#of(SortOrder) oldest-first
   * order} after {@code after} (null for the first page), as {@code searchAfter} with that sort
   * would find them; the total hit count of the result is not meaningful.
   */
  TopFieldDocs collect(FieldDoc after, int wanted) throws IOException {
    TopFieldCollector top =
        new TopFieldCollectorManager(
                ResultOrder.of(SortOrder.OLDEST), wanted, after, Integer.MAX_VALUE)
            .newCollector();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int[] candidates = new LeafCandidates(weight, leaf, after, wanted).find();
      feed(top, leaf, candidates);
    }
    return top.topDocs();
  }

  /**
   * Whether reading backwards pays: only when the query matches a large share of the index. A query
   * that matches few articles is collected faster in one forward pass (which also counts), because
   * the backward windows and the separate count then cost more than reading every match; measured
   * with {@code SortCostMeasurement}: 0.07x and 0.67x the one-pass time for queries matching all
   * and 73% of the articles, 1.8x and 2.8x for 21% and 2%.
   */
  boolean pays() throws IOException {
    long cost = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        cost += Math.min(supplier.cost(), leaf.reader().maxDoc());
      }
    }
    return cost >= MIN_SHARE * searcher.getIndexReader().maxDoc();
  }

  /**
   * The query's weight without the query cache: asking a cached weight for the scorer of one window
   * may read and cache the whole segment's matches, which is what the windows are there to avoid.
   */
  private static Weight uncachedWeight(IndexSearcher searcher, Query query) throws IOException {
    IndexSearcher uncached = new IndexSearcher(searcher.getIndexReader());
    uncached.setSimilarity(searcher.getSimilarity());
    uncached.setQueryCache(null);
    return uncached.createWeight(uncached.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
  }

  /** The estimated share of the index above which reading backwards pays (see {@link #pays}). */
  private static final double MIN_SHARE = 0.5;

  private static void feed(TopFieldCollector top, LeafReaderContext leaf, int[] docs)
      throws IOException {
    if (docs.length == 0) {
      return;
    }
    LeafCollector collector;
    try {
      collector = top.getLeafCollector(leaf);
    } catch (CollectionTerminatedException e) {
      return;
    }
    // The sort needs no scores; the collector still wants a scorer to hand its comparators.
    collector.setScorer(
        new Scorable() {
          @Override
          public float score() {
            return 0f;
          }
        });
    try {
      for (int doc : docs) {
        collector.collect(doc);
      }
    } catch (CollectionTerminatedException e) {
      // The collector has all it can take from this segment.
    }
    collector.finish();
  }

  /** The candidates of one segment. */
  private static final class LeafCandidates {

    private final Weight weight;
    private final LeafReaderContext leaf;
    private final LeafReader reader;
    private final Bits live;
    private final FieldDoc after;
    private final int wanted;

    /**
     * Matches found so far that can make the page: past the cursor, and not newer than the
     * wanted-th of them. In decreasing document order in the dated part.
     */
    private int[] found = new int[16];

    /** A scorer supplier not used yet (each gives one scorer). */
    private ScorerSupplier unusedSupplier;

    private int size;

    /** How many matches past the cursor were found (all kept until the wanted-th). */
    private int afterCursor;

    /** The date of the wanted-th match after the cursor, once there are that many. */
    private long wantedDate;

    LeafCandidates(Weight weight, LeafReaderContext leaf, FieldDoc after, int wanted) {
      this.weight = weight;
      this.leaf = leaf;
      this.reader = leaf.reader();
      this.live = reader.getLiveDocs();
      this.after = after;
      this.wanted = wanted;
    }

    /** The candidate documents, in increasing order. */
    int[] find() throws IOException {
      int datedEnd = firstUndated();
      // Articles older than the cursor's date lie before it: start reading after them.
      int end = after == null ? datedEnd : firstOlderThan((Long) after.fields[0], datedEnd);
      int window = firstWindow(end);
      while (end > 0) {
        int start = Math.max(0, end - window);
        addDated(matches(start, end));
        end = start;
        if (afterCursor >= wanted && date(start) > wantedDate) {
          break;
        }
        window = (int) Math.min(Integer.MAX_VALUE, 2L * window);
      }
      if (afterCursor < wanted) {
        addUndated(datedEnd);
      }
      int[] docs = Arrays.copyOf(found, size);
      Arrays.sort(docs);
      return docs;
    }

    /**
     * A first window that likely holds the wanted matches, from the share of the segment the query
     * is estimated to match: rare words then need one or two windows rather than many.
     */
    private int firstWindow(int end) throws IOException {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      unusedSupplier = supplier;
      if (supplier == null || end == 0) {
        return FIRST_WINDOW;
      }
      double share =
          Math.max(1, Math.min(supplier.cost(), reader.maxDoc())) / (double) reader.maxDoc();
      return (int) Math.max(FIRST_WINDOW, Math.min(end, 2.0 * wanted / share));
    }

    /**
     * The first undated document. Undated articles come last in the segment, so the dated ones are
     * the first as many documents as have a date point (deleted ones keep theirs until a merge
     * drops them with their documents).
     */
    private int firstUndated() throws IOException {
      PointValues points = reader.getPointValues(ArticleSchema.DATE_FIRST_DAY);
      return points == null ? 0 : points.getDocCount();
    }

    /**
     * The first document in [0, datedEnd) dated before {@code date}: dates only fall as documents
     * go forwards in the dated part.
     */
    private int firstOlderThan(long date, int datedEnd) throws IOException {
      int low = 0;
      int high = datedEnd;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (date(mid) < date) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return low;
    }

    /** The live matches in [start, end), in increasing order. */
    private int[] matches(int start, int end) throws IOException {
      // The supplier firstWindow asked for serves the first window: each costs term lookups.
      ScorerSupplier supplier =
          unusedSupplier != null ? unusedSupplier : weight.scorerSupplier(leaf);
      unusedSupplier = null;
      if (supplier == null) {
        return new int[0];
      }
      // Only the window is read: a hint that lets conjunctions lead with what suits so few.
      Scorer scorer = supplier.get(end - start);
      int[] docs = new int[16];
      int n = 0;
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.advance(start); doc < end; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          docs = ArrayUtil.grow(docs, n + 1);
          docs[n++] = doc;
        }
      }
      return Arrays.copyOf(docs, n);
    }

    /** Adds a window's matches of the dated part, newest of them last. */
    private void addDated(int[] docs) throws IOException {
      if (docs.length == 0) {
        return;
      }
      long[] dates = dates(docs);
      boolean[] pastCursor = after == null ? null : pastCursor(docs, dates);
      for (int i = docs.length - 1; i >= 0; i--) {
        boolean past = pastCursor == null || pastCursor[i];
        // Once the wanted-th is found, newer articles can only follow it on the page.
        boolean possible = afterCursor < wanted || dates[i] <= wantedDate;
        if (past && possible) {
          add(docs[i]);
          afterCursor++;
          if (afterCursor == wanted) {
            // Dates only grow as documents go backwards, so this is the wanted-th date.
            wantedDate = dates[i];
          }
        }
      }
    }

    /**
     * Adds undated matches, in document order (their id order), until enough lie past the cursor.
     */
    private void addUndated(int start) throws IOException {
      int[] docs = matches(start, reader.maxDoc());
      if (docs.length == 0) {
        return;
      }
      long[] dates = new long[docs.length];
      Arrays.fill(dates, UNDATED);
      boolean[] pastCursor = after == null ? null : pastCursor(docs, dates);
      for (int i = 0; i < docs.length && afterCursor < wanted; i++) {
        if (pastCursor == null || pastCursor[i]) {
          add(docs[i]);
          afterCursor++;
        }
      }
    }

    private void add(int doc) {
      found = ArrayUtil.grow(found, size + 1);
      found[size++] = doc;
    }

    /** Whether each document (in increasing order) comes after the cursor in oldest-first order. */
    private boolean[] pastCursor(int[] docs, long[] dates) throws IOException {
      long cursorDate = (Long) after.fields[0];
      BytesRef cursorId = (BytesRef) after.fields[1];
      SortedDocValues ids = DocValues.getSorted(reader, ArticleSchema.ID);
      boolean[] past = new boolean[docs.length];
      for (int i = 0; i < docs.length; i++) {
        if (dates[i] != cursorDate) {
          past[i] = dates[i] > cursorDate;
        } else {
          // The cursor's own hit has the same id and lies before it.
          past[i] =
              ids.advanceExact(docs[i]) && ids.lookupOrd(ids.ordValue()).compareTo(cursorId) > 0;
        }
      }
      return past;
    }

    /** The dates of documents in increasing order. */
    private long[] dates(int[] docs) throws IOException {
      SortedNumericDocValues values =
          DocValues.getSortedNumeric(reader, ArticleSchema.DATE_FIRST_DAY);
      long[] dates = new long[docs.length];
      for (int i = 0; i < docs.length; i++) {
        dates[i] = values.advanceExact(docs[i]) ? values.nextValue() : UNDATED;
      }
      return dates;
    }

    /** The date of any document of the segment, deleted or not. */
    private long date(int doc) throws IOException {
      SortedNumericDocValues values =
          DocValues.getSortedNumeric(reader, ArticleSchema.DATE_FIRST_DAY);
      return values.advanceExact(doc) ? values.nextValue() : UNDATED;
    }
  }
}
