package org.dragoman.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** A clause Lucene scores: a term, a synonym group, a phrase, or any query not taken apart. */
final class WindowLeaf extends WindowNode {
  private final Weight weight;
  private final boolean scored;

  WindowLeaf(Weight weight, boolean scored) {
    this.weight = weight;
    this.scored = scored;
  }

  @Override
  public String toString() {
    return weight.getQuery().getClass().getSimpleName();
  }

  @Override
  LeafMatcher matcher(LeafReaderContext leaf) throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    return supplier == null ? null : new LeafMatcher(supplier, scored);
  }

  static final class LeafMatcher extends ScoredBlocks {
    private final ScorerSupplier supplier;
    private final boolean scored;
    private long cost = -1;
    private Scorer scorer;
    private DocIdSetIterator matches;

    LeafMatcher(ScorerSupplier supplier, boolean scored) {
      this.supplier = supplier;
      this.scored = scored;
    }

    @Override
    long cost() {
      // Estimated once: a synonym group's supplier sums its terms' postings each time.
      if (cost < 0) {
        cost = supplier.cost();
      }
      return cost;
    }

    @Override
    void start(long leadCost) throws IOException {
      scorer = supplier.get(leadCost);
      // Matches only: a phrase's iterator checks its positions.
      matches = scorer.iterator();
    }

    @Override
    DocIdSetIterator matches() {
      return matches;
    }

    @Override
    boolean leavesOutsideOut() {
      return false; // Lucene's scorer scores whole blocks
    }

    @Override
    void nextBlock(int base, int max, Bits live, long[] within) throws IOException {
      if (!scored) {
        throw new IllegalStateException("a filter's clause adds no scores");
      }
      scorer.nextDocsAndScores(max, live, buffer);
    }

    /**
     * Keeps the set bits of the documents it matches ({@code matching}) or does not match, and
     * clears the sums of the others.
     */
    void retain(int base, long[] bits, double[] sums, boolean matching) throws IOException {
      for (int w = 0; w < bits.length; w++) {
        for (long word = bits[w]; word != 0; word &= word - 1) {
          int d = (w << 6) | Long.numberOfTrailingZeros(word);
          if ((advance(base + d) == base + d) != matching) {
            bits[w] &= ~(1L << d);
            sums[d] = 0;
          }
        }
      }
    }
  }
}
