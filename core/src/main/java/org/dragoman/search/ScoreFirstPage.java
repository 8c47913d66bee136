package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Collects the first page of a relevance search (score, ties by id: {@link ResultOrder#of}
 * RELEVANCE) by score alone, keeping every hit that ties with the last one, and then puts it in
 * relevance order with its sort values.
 *
 * <p>Why: Lucene's collector for a sort by score and then a field compares through a chain of
 * comparators for every match and reads the id of each hit it keeps from the id dictionary; a
 * collector by score alone does neither. In a probe on the reference corpus the one pass over the
 * 422 matches of {@code Kazakhstan} took 58 instead of 89 µs, and reading the ids of a page from
 * the hit doc value instead of the id dictionary 4 instead of 17 µs.
 *
 * <p>Scores tie often (Lucene stores document lengths in 256 steps, so passages of similar length
 * that hold a word as often score alike; the passages of one statement share its title), and a
 * collector by score alone would keep the lowest doc ids among equal scores, not the lowest ids. So
 * this one keeps, besides the best {@code wanted} hits, every hit that scores exactly as the lowest
 * of them: the ids then decide among those. (It used to keep 32 hits more and collect again by
 * score and id when a tie ran past them: {@code Emomali Rahmon}, whose 162 matches include the
 * passages of statements titled with his name, took 246-266 µs that way in a probe, 165-168 µs with
 * 128 hits kept, enough for its tie, and 260-271 µs against 397-403 µs with this collector under a
 * heavier load.)
 *
 * <pre>{@code
 * ScoreFirstPage first = new ScoreFirstPage(11);
 * searcher.search(query, first); // or run it over scorers, as the one pass does
 * FieldDoc[] page = first.page(searcher);
 * }</pre>
 *
 * <p>The one pass of {@link SmallQueryCollection} scores and counts every match and gives it those
 * that can reach its page ({@link #forCountingPass}). The skipping search of a larger query uses it
 * through {@link #skipping}: it then tells Lucene's scorers the lowest score of its page, so that
 * they skip the documents that cannot reach it (block-max WAND and MaxScore), as Lucene's own
 * collectors do, and still hand it those that tie. Against Lucene's collector by score and id
 * there, it spares the comparator chain for each competitive hit and the id dictionary for the
 * page's sort values.
 *
 * <p>One collector is for one search on one thread.
 */
final class ScoreFirstPage extends SimpleCollector {

  private static final Comparator<FieldDoc> RELEVANCE =
      Comparator.comparingDouble((FieldDoc hit) -> -hit.score)
          .thenComparing(hit -> (BytesRef) hit.fields[1]);

  private final int wanted;
  // The best hits, a min-heap by score: the lowest kept score at index 0.
  private final float[] scores;
  private final int[] docs;
  private int size;
  // Hits outside the heap that score exactly as its lowest one.
  private int[] tied = new int[8];
  private int tiedCount;
  private Scorable scorer;
  private int docBase;
  private final boolean letsScorersSkip;
  // The lowest score the scorers were told to reach; none until the page is full.
  private float skipBelow = Float.NEGATIVE_INFINITY;
  private long collected;

  /**
   * A collector that is given every match and scores each.
   *
   * @param wanted the hits of the page (at least one)
   */
  ScoreFirstPage(int wanted) {
    this(wanted, false);
  }

  /**
   * A collector for a pass that counts its matches itself ({@link WindowedScoring}): once the page
   * is full it tells the pass's scorer the page's lowest score, and the pass leaves out the matches
   * that score less (it still counts them), sparing a call for each.
   */
  static ScoreFirstPage forCountingPass(int wanted) {
    return new ScoreFirstPage(wanted, true);
  }

  private ScoreFirstPage(int wanted, boolean letsScorersSkip) {
    if (wanted < 1) {
      throw new IllegalArgumentException("wanted " + wanted + " is not positive");
    }
    this.wanted = wanted;
    this.scores = new float[wanted];
    this.docs = new int[wanted];
    this.letsScorersSkip = letsScorersSkip;
  }

  /** The first page of a skipping search, and its exact total when nothing was skipped. */
  record Skipped(FieldDoc[] page, long total, boolean totalIsExact) {}

  /**
   * Collectors for {@link IndexSearcher#search(org.apache.lucene.search.Query, CollectorManager)}
   * that let the scorers skip what cannot reach the first {@code wanted} hits. The total they
   * report is exact only when the page never filled; otherwise count apart.
   *
   * <pre>{@code
   * ScoreFirstPage.Skipped first = searcher.search(query, ScoreFirstPage.skipping(searcher, 11));
   * long total = first.totalIsExact() ? first.total() : searcher.count(query);
   * }</pre>
   */
  static CollectorManager<ScoreFirstPage, Skipped> skipping(IndexSearcher searcher, int wanted) {
    return new CollectorManager<>() {
      @Override
      public ScoreFirstPage newCollector() {
        return new ScoreFirstPage(wanted, true);
      }

      @Override
      public Skipped reduce(Collection<ScoreFirstPage> collectors) throws IOException {
        long total = 0;
        boolean exact = true;
        for (ScoreFirstPage collector : collectors) {
          total += collector.collected;
          exact &= collector.skipBelow == Float.NEGATIVE_INFINITY;
        }
        return new Skipped(page(searcher, collectors, wanted), total, exact);
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return letsScorersSkip ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    docBase = context.docBase;
  }

  @Override
  public void setScorer(Scorable scorer) throws IOException {
    this.scorer = scorer;
    if (skipBelow != Float.NEGATIVE_INFINITY) {
      scorer.setMinCompetitiveScore(skipBelow); // a later segment's scorer
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    collected++;
    float score = scorer.score();
    int global = docBase + doc;
    if (size < wanted) {
      scores[size] = score;
      docs[size] = global;
      siftUp(size++);
      if (size == wanted) {
        letScorerSkip();
      }
      return;
    }
    float lowest = scores[0];
    if (score < lowest) {
      return;
    }
    if (score == lowest) {
      tie(global);
      return;
    }
    int evicted = docs[0];
    scores[0] = score;
    docs[0] = global;
    siftDown();
    if (scores[0] == lowest) {
      tie(evicted); // still level with the lowest kept hit
    } else {
      tiedCount = 0; // the lowest kept score rose above every tied hit
      letScorerSkip();
    }
  }

  /**
   * Tells a skipping search's scorer the page's lowest score: it may skip what scores less, and
   * still brings the hits that tie with it.
   */
  private void letScorerSkip() throws IOException {
    if (letsScorersSkip && scores[0] > skipBelow) {
      skipBelow = scores[0];
      scorer.setMinCompetitiveScore(skipBelow);
    }
  }

  /** The first {@code wanted} hits in relevance order, with the score and the id as sort values. */
  FieldDoc[] page(IndexSearcher searcher) throws IOException {
    return page(searcher, List.of(this), wanted);
  }

  /**
   * The first {@code wanted} hits of several collectors of one search (one per slice of segments):
   * each holds every hit of its slice that scores at least its lowest, so together they hold every
   * hit that scores at least the page's lowest.
   */
  private static FieldDoc[] page(
      IndexSearcher searcher, Collection<ScoreFirstPage> collectors, int wanted)
      throws IOException {
    List<ScoreDoc> kept = new ArrayList<>();
    for (ScoreFirstPage collector : collectors) {
      for (int i = 0; i < collector.size; i++) {
        kept.add(new ScoreDoc(collector.docs[i], collector.scores[i]));
      }
      for (int i = 0; i < collector.tiedCount; i++) {
        kept.add(new ScoreDoc(collector.tied[i], collector.scores[0]));
      }
    }
    // Each hit's id comes with the rest of its hit value, which then builds the hit.
    FieldDoc[] sorted = HitBuilder.read(searcher, kept.toArray(ScoreDoc[]::new));
    Arrays.sort(sorted, RELEVANCE);
    return Arrays.copyOf(sorted, Math.min(sorted.length, wanted));
  }

  private void tie(int doc) {
    tied = ArrayUtil.grow(tied, tiedCount + 1);
    tied[tiedCount++] = doc;
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (scores[parent] <= scores[i]) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown() {
    int i = 0;
    while (true) {
      int lowest = i;
      int left = 2 * i + 1;
      int right = left + 1;
      if (left < size && scores[left] < scores[lowest]) {
        lowest = left;
      }
      if (right < size && scores[right] < scores[lowest]) {
        lowest = right;
      }
      if (lowest == i) {
        return;
      }
      swap(i, lowest);
      i = lowest;
    }
  }

  private void swap(int a, int b) {
    float score = scores[a];
    scores[a] = scores[b];
    scores[b] = score;
    int doc = docs[a];
    docs[a] = docs[b];
    docs[b] = doc;
  }
}
