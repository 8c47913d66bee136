package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/**
 * Scores and counts every match of a query window by window, for the one pass of small queries
 * ({@link SmallQueryCollection}): each term of a window of documents is read in bulk, its scores
 * computed for a block of postings at a time, and summed per document into the window's arrays,
 * where Lucene's scorers of a Dragoman query move document by document through a heap of clauses.
 *
 * <p>Why: a Dragoman word is a disjunction over four fields, and a conjunction of words a
 * conjunction of such disjunctions; scoring every match through Lucene's disjunction and
 * conjunction scorers spent most of a one-pass search in their per-document bookkeeping. On the
 * reference corpus (138,319 passages; a probe program, not in the repository, CPU per search, the
 * parsing included) the windowed pass took 0.75x the time of the document-by-document one for
 * {@code nuclear disarmament}, 0.88x for {@code Kazakhstan}, 0.82x for {@code Tajikistan OR
 * Kyrgyzstan}, 0.88x for {@code "Central Asia"} and 0.6x for {@code human rights}, with the same
 * hits, scores and totals.
 *
 * <p>Scores are Lucene's to the last bit: the tree of sums mirrors the rewritten query (a
 * disjunction's clauses summed as doubles and rounded to a float, a conjunction's likewise, boosts
 * passed to the clauses' weights), a term's scores come from its similarity's own bulk scoring,
 * which gives the scores of its per-document scoring, with the term query's statistics and the
 * norms read from the heap ({@link WindowTerm}, {@link HeapNorms}), and a name's spellings in one
 * field (a synonym group) are scored as Lucene's synonym query scores them ({@link
 * WindowSynonyms}). Clauses of other kinds (phrases, weighted synonym groups, and boolean queries
 * of shapes not handled here) score through their own scorers, a document at a time ({@link
 * WindowLeaf}). Filters and exclusions are checked only on the documents the scored clauses matched
 * ({@link WindowAll}).
 *
 * <pre>{@code
 * WindowedScoring pass = WindowedScoring.of(searcher, searcher.rewrite(query));
 * long total = pass.collectAll(searcher, collector); // every live match, collected in index order
 * }</pre>
 *
 * <p>One instance serves one search on one thread; it does not honour a search timeout.
 */
final class WindowedScoring {

  /**
   * Documents per window. Lucene's dense conjunctions use 4,096; four times that took 0.96x to
   * 0.98x the CPU time of conjunctions of two words on the reference corpus (138,319 passages in
   * one segment; whole searches, alternating with the 4,096 build in one JVM, both orders), and
   * made no measurable difference to one word: each window's fixed work (a bulk read started per
   * term, the walks over its bit sets) is shared by four times the documents.
   */
  static final int WINDOW = 16384;

  private final WindowNode root;
  private final int window;
  private final WindowArrays collected;
  private final List<WindowArrays> taken;

  private WindowedScoring(WindowNode root, int window, List<WindowArrays> taken) {
    this.root = root;
    this.window = window;
    this.collected = new WindowArrays(window);
    this.taken = taken;
    taken.add(collected);
  }

  /**
   * The pass of {@code rewritten}, a query as {@link IndexSearcher#rewrite} returns it (the sums
   * mirror its structure). Creates the weights of its clauses.
   */
  static WindowedScoring of(IndexSearcher searcher, Query rewritten) throws IOException {
    return of(searcher, rewritten, KnownTerms.NONE, WINDOW);
  }

  /**
   * As {@link #of(IndexSearcher, Query)}, with the terms {@code known} from an earlier lookup
   * ({@link IndexedTerms}) not sought again.
   */
  static WindowedScoring of(IndexSearcher searcher, Query rewritten, KnownTerms known)
      throws IOException {
    return of(searcher, rewritten, known, WINDOW);
  }

  /** As {@link #of(IndexSearcher, Query)}, with windows of {@code window} documents (tests). */
  static WindowedScoring of(IndexSearcher searcher, Query rewritten, int window)
      throws IOException {
    return of(searcher, rewritten, KnownTerms.NONE, window);
  }

  /** As {@link #of(IndexSearcher, Query, KnownTerms)}, with windows of {@code window} (tests). */
  static WindowedScoring of(IndexSearcher searcher, Query rewritten, KnownTerms known, int window)
      throws IOException {
    int largest = 1;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      largest = Math.max(largest, leaf.reader().maxDoc());
    }
    // No larger than the largest segment: small indexes need no large arrays.
    int size = Math.min(window, (largest + 63) & ~63);
    Builder builder = new Builder(searcher, known, size, new ArrayList<>());
    return new WindowedScoring(builder.node(rewritten, 1f), size, builder.taken());
  }

  /**
   * The tree of sums, for tests and failure messages: {@code all(sum(term, synonyms, ...), ...)},
   * where a query class names a clause Lucene's scorer scores.
   */
  String describe() {
    return root.toString();
  }

  /** The query's matcher in one segment, or null when nothing there can match. */
  WindowMatcher matcher(LeafReaderContext leaf) throws IOException {
    return root.matcher(leaf);
  }

  /** Collects the live matches of every segment; their number. */
  long collectAll(IndexSearcher searcher, Collector collector) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      WindowMatcher matcher = matcher(leaf);
      if (matcher != null) {
        total += collect(leaf, matcher, collector);
      }
    }
    done();
    return total;
  }

  /**
   * Gives the window arrays back to their pool once the pass has collected every segment (see
   * {@link WindowArrays}); not after a pass that failed.
   */
  void done() {
    for (WindowArrays arrays : taken) {
      arrays.giveBack();
    }
  }

  /**
   * Collects the live matches of {@code matcher} in its segment, in index order; their number. Call
   * {@link #done} after the last segment.
   */
  long collect(LeafReaderContext leaf, WindowMatcher matcher, Collector collector)
      throws IOException {
    return collect(leaf, matcher, collector, Long.MAX_VALUE, window);
  }

  /**
   * Collects the first {@code wanted} live matches of {@code matcher} in its segment, in index
   * order; their number. Reads only as far as it must: the first window is about the width where
   * the matcher's cost estimate puts {@code wanted} matches (twice that), and each further one four
   * times wider, up to the pass's own. Call {@link #done} after the last segment.
   */
  long collectFirst(LeafReaderContext leaf, WindowMatcher matcher, Collector collector, int wanted)
      throws IOException {
    long width = 2L * wanted * leaf.reader().maxDoc() / Math.max(1, matcher.cost());
    int span = (int) Math.min(window, Math.max(64, (width + 63) & ~63L));
    return collect(leaf, matcher, collector, wanted, span);
  }

  /** Up to {@code wanted} matches, in windows of {@code span} documents, then each four times. */
  private long collect(
      LeafReaderContext leaf, WindowMatcher matcher, Collector collector, long wanted, int span)
      throws IOException {
    LeafCollector leafCollector = MatchLoop.everyMatch(collector, leaf);
    CurrentScore score = new CurrentScore();
    leafCollector.setScorer(score);
    Bits live = leaf.reader().getLiveDocs();
    int maxDoc = leaf.reader().maxDoc();
    long[] bits = collected.bits();
    double[] sums = collected.sums();
    long found = 0;
    matcher.start(matcher.cost());
    for (int base = matcher.advance(0);
        base < maxDoc && found < wanted;
        base = matcher.advance(base + span), span = Math.min(window, span * 4)) {
      int max = Math.min(maxDoc, base + span);
      matcher.scoreInto(base, max, live, bits, sums);
      for (int w = 0; w < bits.length; w++) {
        for (long word = bits[w]; word != 0; word &= word - 1) {
          int d = (w << 6) | Long.numberOfTrailingZeros(word);
          if (found < wanted) {
            float value = (float) sums[d];
            // Counted all the same; collected only if it can reach the page (a collector that
            // tells its scorer the page's lowest score takes no match that scores less).
            if (value >= score.minCompetitive) {
              score.value = value;
              leafCollector.collect(base + d);
            }
            found++;
          }
          sums[d] = 0; // a window's matches after the wanted ones are cleared all the same
        }
        bits[w] = 0;
      }
    }
    leafCollector.finish();
    return found;
  }

  private static final class CurrentScore extends Scorable {
    float value;
    float minCompetitive = Float.NEGATIVE_INFINITY;

    @Override
    public float score() {
      return value;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) {
      minCompetitive = minScore;
    }
  }

  /** Builds the tree of a rewritten query, creating its leaves' weights. */
  private record Builder(
      IndexSearcher searcher, KnownTerms known, int window, List<WindowArrays> taken) {

    /** Arrays for a new node, given back with the others when the pass is done. */
    WindowArrays arrays() {
      WindowArrays arrays = new WindowArrays(window);
      taken.add(arrays);
      return arrays;
    }

    WindowNode node(Query query, float boost) throws IOException {
      if (query instanceof BoostQuery boosted) {
        // As Lucene does: a boost multiplies the scores of the clauses inside.
        return node(boosted.getQuery(), boost * boosted.getBoost());
      }
      if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
        List<Query> should = new ArrayList<>();
        List<Query> must = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
          switch (clause.occur()) {
            case SHOULD -> should.add(clause.query());
            case MUST -> must.add(clause.query());
            case FILTER -> filter.add(clause.query());
            case MUST_NOT -> mustNot.add(clause.query());
          }
        }
        if (must.isEmpty() && filter.isEmpty() && mustNot.isEmpty() && should.size() >= 2) {
          List<WindowNode> clauses = new ArrayList<>();
          for (Query clause : should) {
            clauses.add(node(clause, boost));
          }
          return new WindowSum(clauses, arrays());
        }
        if (should.isEmpty()
            && !must.isEmpty()
            && must.size() + filter.size() + mustNot.size() > 1) {
          List<WindowNode> scored = new ArrayList<>();
          for (Query clause : must) {
            scored.add(node(clause, boost));
          }
          return new WindowAll(scored, unscored(filter), unscored(mustNot), arrays(), arrays());
        }
      }
      if (query instanceof SynonymQuery synonyms && WindowSynonyms.unweighted(synonyms)) {
        return WindowSynonyms.of(searcher, known, synonyms, boost, arrays());
      }
      if (query instanceof TermQuery term) {
        return WindowTerm.of(searcher, known, term, boost);
      }
      return new WindowLeaf(searcher.createWeight(query, ScoreMode.COMPLETE, boost), true);
    }

    private List<WindowLeaf> unscored(List<Query> queries) throws IOException {
      List<WindowLeaf> leaves = new ArrayList<>();
      for (Query query : queries) {
        leaves.add(
            new WindowLeaf(searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f), false));
      }
      return leaves;
    }
  }
}
