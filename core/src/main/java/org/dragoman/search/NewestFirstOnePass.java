package org.dragoman.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.dragoman.model.SortOrder;

/**
 * The first newest-first page of a query, its exact total and the page's scores, from one pass over
 * every match: for searchers whose query cache keeps nothing ({@link QueryCacheReach}).
 *
 * <p>The index is sorted newest first ({@link org.dragoman.index.IndexOrder}), so the first page's
 * hits are among the first {@code wanted} matches of each segment: the pass ranks and scores just
 * those, as it meets them, and only counts the rest. Scoring them here spares a second weight and
 * scorer scoring the page afterwards ({@link TopFieldCollector#populateScores}, a quarter of such a
 * search on the bundled test corpus in a profile); the matches are walked by {@link MatchLoop}, as
 * Lucene's bulk scorer for a scoring disjunction sets up windows of 2,048 documents that cost more
 * than a small query's whole walk. Where Lucene's query cache counts ({@link #collectFirst}), each
 * segment is read only up to its first matches, window by window.
 *
 * <pre>{@code
 * TopFieldDocs first = NewestFirstOnePass.collect(searcher, query, 11);
 * // first.totalHits is exact; each hit's score is set
 * }</pre>
 */
final class NewestFirstOnePass {

  private NewestFirstOnePass() {}

  /**
   * As {@link #collect(IndexSearcher, Query, int)}, but reading each segment only up to its first
   * {@code wanted} matches and counting the matches apart with {@code searcher.count} of {@code
   * counted} (the same matches in another form: the form other searches count, so that Lucene's
   * query cache keeps one entry for both): for searchers whose query cache can keep a repeated
   * query's matches ({@link QueryCacheReach}). The first matches are found and scored window by
   * window ({@link WindowedScoring#collectFirst}), from the terms {@code known} to the search's
   * lookup: Lucene's weights and scorers of the whole query (one more lookup of each synonym
   * group's terms, the cost estimates of every clause) took more than half of a newest-first search
   * of {@code Kazakhstan} on the reference corpus in a profile, to read 11 of its 422 matches.
   */
  static TopFieldDocs collectFirst(
      IndexSearcher searcher, Query query, Query counted, int wanted, KnownTerms known)
      throws IOException {
    TopFieldCollector top = newestFirst(wanted);
    ScoringFirstMatches collector = new ScoringFirstMatches(top, wanted);
    WindowedScoring pass = WindowedScoring.of(searcher, searcher.rewrite(query), known);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      WindowMatcher matcher = pass.matcher(leaf);
      if (matcher != null) {
        pass.collectFirst(leaf, matcher, collector, wanted);
      }
    }
    pass.done();
    return page(top, collector, searcher.count(counted));
  }

  /**
   * The first {@code wanted} hits newest first, with their scores, and the exact number of matches.
   * Does not honour a search timeout ({@link MatchLoop}).
   */
  static TopFieldDocs collect(IndexSearcher searcher, Query query, int wanted) throws IOException {
    TopFieldCollector top = newestFirst(wanted);
    ScoringFirstMatches collector = new ScoringFirstMatches(top, wanted);
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    return page(top, collector, MatchLoop.collectAll(searcher, weight, collector));
  }

  private static TopFieldCollector newestFirst(int wanted) {
    return new TopFieldCollectorManager(
            ResultOrder.of(SortOrder.NEWEST), wanted, null, Integer.MAX_VALUE)
        .newCollector();
  }

  /** The collected page with the scores of its hits, and {@code total}. */
  private static TopFieldDocs page(
      TopFieldCollector top, ScoringFirstMatches collector, long total) {
    TopFieldDocs docs = top.topDocs();
    for (ScoreDoc hit : docs.scoreDocs) {
      Float score = collector.scores.get(hit.doc);
      if (score == null) {
        throw new IllegalStateException("hit " + hit.doc + " was not among the first matches");
      }
      hit.score = score;
    }
    return new TopFieldDocs(
        new TotalHits(total, TotalHits.Relation.EQUAL_TO), docs.scoreDocs, docs.fields);
  }

  /** Lucene's collector by the index order, scoring the first matches of each segment. */
  private static final class ScoringFirstMatches implements Collector {
    private final TopFieldCollector top;
    private final int wanted;
    private final Map<Integer, Float> scores = new HashMap<>();

    ScoringFirstMatches(TopFieldCollector top, int wanted) {
      this.top = top;
      this.wanted = wanted;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int docBase = context.docBase;
      return new FilterLeafCollector(top.getLeafCollector(context)) {
        private Scorable scorer;
        private int seen;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          super.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          // In index order, the segment's later matches cannot reach the page: counted only.
          if (seen < wanted) {
            seen++;
            scores.put(docBase + doc, scorer.score());
            super.collect(doc);
          }
        }
      };
    }
  }
}
