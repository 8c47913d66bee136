package org.dragoman.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Hands every live match of a query's own scorers to a collector, as Lucene's default bulk scorer
 * does, and counts them, leaving it to the collector whether to ask for a match's score. For the
 * newest-first one pass ({@link NewestFirstOnePass}), which scores only the first matches of each
 * segment: Lucene's {@code search} would pick a bulk scorer for a disjunction that scores every
 * match of a window of 2,048 documents. (A relevance pass scores every match anyway, and does so
 * window by window: {@link WindowedScoring}.) It does not honour a search timeout: callers take
 * Lucene's {@code search} when one is set.
 *
 * <pre>{@code
 * Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
 * long total = MatchLoop.collectAll(searcher, weight, collector);
 * }</pre>
 */
final class MatchLoop {

  private MatchLoop() {}

  /** Collects the live matches of {@code weight} in every segment; their number. */
  static long collectAll(IndexSearcher searcher, Weight weight, Collector collector)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long total = 0;
    for (LeafReaderContext leaf : leaves) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        total += collect(collector, leaf, supplier.get(Long.MAX_VALUE));
      }
    }
    return total;
  }

  /**
   * The collector's leaf collector for a pass that hands it every match: one that would stop early
   * (and so miscount) is a bug of the caller's.
   */
  static LeafCollector everyMatch(Collector collector, LeafReaderContext leaf) throws IOException {
    try {
      return collector.getLeafCollector(leaf);
    } catch (CollectionTerminatedException e) {
      throw new IllegalStateException("a collector that counts every match stopped early", e);
    }
  }

  /** Collects one segment's live matches; their number. */
  static long collect(Collector collector, LeafReaderContext leaf, Scorer scorer)
      throws IOException {
    return collect(collector, leaf, scorer, Long.MAX_VALUE);
  }

  /** Collects one segment's first {@code limit} live matches (in index order); their number. */
  static long collect(Collector collector, LeafReaderContext leaf, Scorer scorer, long limit)
      throws IOException {
    LeafCollector leafCollector = everyMatch(collector, leaf);
    leafCollector.setScorer(scorer);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    Bits live = leaf.reader().getLiveDocs();
    long matches = 0;
    for (int doc = candidates.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS && matches < limit;
        doc = candidates.nextDoc()) {
      if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
        leafCollector.collect(doc);
        matches++;
      }
    }
    leafCollector.finish();
    return matches;
  }
}
