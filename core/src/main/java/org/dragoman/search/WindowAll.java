package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOFunction;

/** A conjunction: the sum of its scored clauses' scores, where its filters and exclusions allow. */
final class WindowAll extends WindowNode {
  private final List<WindowNode> scored;
  private final List<WindowLeaf> filters;
  private final List<WindowLeaf> exclusions;
  private final WindowArrays arrays;
  private final WindowArrays clauseArrays;

  WindowAll(
      List<WindowNode> scored,
      List<WindowLeaf> filters,
      List<WindowLeaf> exclusions,
      WindowArrays arrays,
      WindowArrays clauseArrays) {
    this.scored = scored;
    this.filters = filters;
    this.exclusions = exclusions;
    this.arrays = arrays;
    this.clauseArrays = clauseArrays;
  }

  @Override
  public String toString() {
    List<Object> clauses = new ArrayList<>(scored);
    filters.forEach(f -> clauses.add("filter " + f));
    exclusions.forEach(e -> clauses.add("not " + e));
    return "all" + clauses.toString().replace('[', '(').replace(']', ')');
  }

  @Override
  WindowMatcher matcher(LeafReaderContext leaf) throws IOException {
    List<WindowMatcher> required = everyOne(scored, clause -> clause.matcher(leaf));
    List<WindowLeaf.LeafMatcher> filtering = everyOne(filters, filter -> filter.matcher(leaf));
    if (required == null || filtering == null) {
      return null;
    }
    List<WindowLeaf.LeafMatcher> excluding = new ArrayList<>();
    for (WindowLeaf exclusion : exclusions) {
      WindowLeaf.LeafMatcher matcher = exclusion.matcher(leaf);
      if (matcher != null) {
        excluding.add(matcher);
      }
    }
    // The rarest clause leads: windows where it matches nothing skip the others.
    required.sort(Comparator.comparingLong(WindowMatcher::cost));
    return new AllMatcher(required, filtering, excluding, this);
  }

  /** The matcher of each clause, or null when one of them matches nothing in the segment. */
  private static <C, M> List<M> everyOne(List<C> clauses, IOFunction<C, M> matcher)
      throws IOException {
    List<M> matchers = new ArrayList<>();
    for (C clause : clauses) {
      M found = matcher.apply(clause);
      if (found == null) {
        return null;
      }
      matchers.add(found);
    }
    return matchers;
  }

  private static final class AllMatcher extends WindowMatcher {
    private final List<WindowMatcher> required;
    private final List<WindowLeaf.LeafMatcher> filters;
    private final List<WindowLeaf.LeafMatcher> exclusions;
    private final WindowAll node;
    private long[] bits;
    private double[] sums;
    private long[] clauseBits;
    private double[] clauseSums;

    AllMatcher(
        List<WindowMatcher> required,
        List<WindowLeaf.LeafMatcher> filters,
        List<WindowLeaf.LeafMatcher> exclusions,
        WindowAll node) {
      this.required = required;
      this.filters = filters;
      this.exclusions = exclusions;
      this.node = node;
    }

    @Override
    long cost() {
      long cost = required.get(0).cost();
      for (WindowLeaf.LeafMatcher filter : filters) {
        cost = Math.min(cost, filter.cost());
      }
      return cost;
    }

    @Override
    void start(long leadCost) throws IOException {
      bits = node.arrays.bits();
      sums = node.arrays.sums();
      clauseBits = node.clauseArrays.bits();
      clauseSums = node.clauseArrays.sums();
      long lead = Math.min(leadCost, cost());
      for (WindowMatcher clause : required) {
        clause.start(lead);
      }
      for (WindowLeaf.LeafMatcher clause : filters) {
        clause.start(lead);
      }
      for (WindowLeaf.LeafMatcher clause : exclusions) {
        clause.start(lead);
      }
    }

    @Override
    int advance(int target) throws IOException {
      return required.get(0).advance(target);
    }

    @Override
    void addInto(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      score(base, max, live, bits, sums);
      WindowMatcher.moveRounded(bits, sums, out, outSums);
    }

    @Override
    void scoreInto(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      score(base, max, live, out, outSums);
    }

    @Override
    void addRounded(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      score(base, max, live, out, outSums);
      WindowMatcher.roundInPlace(out, outSums);
    }

    /** Its matches of the window and their unrounded sums, in cleared arrays. */
    private void score(int base, int max, Bits live, long[] bits, double[] sums)
        throws IOException {
      // The first clause's sums are rounded where the second keeps a document, in the same walk.
      boolean roundLater = required.size() > 1;
      if (roundLater) {
        required.get(0).scoreInto(base, max, live, bits, sums);
      } else {
        required.get(0).addRounded(base, max, live, bits, sums);
      }
      boolean any = any(bits);
      for (int i = 1; i < required.size() && any; i++) {
        any =
            required.get(i).retainInto(base, max, live, bits, sums, clauseBits, clauseSums, i == 1);
      }
      for (int i = 0; i < filters.size() && any; i++) {
        filters.get(i).retain(base, bits, sums, true);
        any = any(bits);
      }
      for (int i = 0; i < exclusions.size() && any; i++) {
        exclusions.get(i).retain(base, bits, sums, false);
        any = any(bits);
      }
    }

    private static boolean any(long[] bits) {
      for (long word : bits) {
        if (word != 0) {
          return true;
        }
      }
      return false;
    }
  }
}
