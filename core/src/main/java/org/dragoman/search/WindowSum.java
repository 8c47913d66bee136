package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** A disjunction: the sum of the scores of the clauses that match. */
final class WindowSum extends WindowNode {
  private final List<WindowNode> clauses;
  private final WindowArrays arrays;

  WindowSum(List<WindowNode> clauses, WindowArrays arrays) {
    this.clauses = clauses;
    this.arrays = arrays;
  }

  @Override
  public String toString() {
    return "sum" + clauses.toString().replace('[', '(').replace(']', ')');
  }

  @Override
  WindowMatcher matcher(LeafReaderContext leaf) throws IOException {
    List<WindowMatcher> matchers = new ArrayList<>();
    for (WindowNode clause : clauses) {
      WindowMatcher matcher = clause.matcher(leaf);
      if (matcher != null) {
        matchers.add(matcher);
      }
    }
    if (matchers.isEmpty()) {
      return null;
    }
    // One clause: its float score is the sum's.
    return matchers.size() == 1 ? matchers.get(0) : new SumMatcher(matchers, arrays);
  }

  private static final class SumMatcher extends WindowMatcher {
    private final List<WindowMatcher> clauses;
    private final WindowArrays arrays;
    private long[] bits;
    private double[] sums;

    SumMatcher(List<WindowMatcher> clauses, WindowArrays arrays) {
      this.clauses = clauses;
      this.arrays = arrays;
    }

    @Override
    long cost() {
      long cost = 0;
      for (WindowMatcher clause : clauses) {
        cost += clause.cost();
      }
      return cost;
    }

    @Override
    void start(long leadCost) throws IOException {
      bits = arrays.bits();
      sums = arrays.sums();
      for (WindowMatcher clause : clauses) {
        clause.start(leadCost);
      }
    }

    @Override
    int advance(int target) throws IOException {
      int first = DocIdSetIterator.NO_MORE_DOCS;
      for (WindowMatcher clause : clauses) {
        first = Math.min(first, clause.advance(target));
      }
      return first;
    }

    @Override
    void addInto(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      for (WindowMatcher clause : clauses) {
        clause.addInto(base, max, live, bits, sums);
      }
      WindowMatcher.moveRounded(bits, sums, out, outSums);
    }

    @Override
    void scoreInto(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      for (WindowMatcher clause : clauses) {
        clause.addInto(base, max, live, out, outSums);
      }
    }

    @Override
    void addRounded(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      scoreInto(base, max, live, out, outSums);
      WindowMatcher.roundInPlace(out, outSums);
    }

    @Override
    void addWithin(int base, int max, Bits live, long[] within, long[] out, double[] outSums)
        throws IOException {
      for (WindowMatcher clause : clauses) {
        clause.addWithin(base, max, live, within, bits, sums);
      }
      WindowMatcher.moveRounded(bits, sums, out, outSums);
    }

    @Override
    boolean retainInto(
        int base,
        int max,
        Bits live,
        long[] out,
        double[] outSums,
        long[] scratchBits,
        double[] scratchSums,
        boolean roundHeld)
        throws IOException {
      // Summed in its own arrays, for the documents still in the conjunction only, and intersected
      // from there: one walk over its matches fewer.
      for (WindowMatcher clause : clauses) {
        clause.addWithin(base, max, live, out, bits, sums);
      }
      return WindowMatcher.intersect(out, outSums, bits, sums, true, roundHeld);
    }
  }
}
