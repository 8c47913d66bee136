package org.dragoman.search;

/**
 * The arrays of a {@link WindowNode} for one window: which documents matched, and their sums (or a
 * synonym group's summed frequencies). Allocated when a pass first uses them, so that building the
 * tree of a query that turns out too large for the pass allocates nothing; each segment's matcher
 * then reuses them, as segments are passed one after another.
 */
final class WindowArrays {
  private final int window;
  private long[] bits;
  private double[] sums;
  private float[] freqs;

  WindowArrays(int window) {
    this.window = window;
  }

  long[] bits() {
    if (bits == null) {
      bits = new long[WindowMatcher.words(window)];
    }
    return bits;
  }

  double[] sums() {
    if (sums == null) {
      sums = new double[window];
    }
    return sums;
  }

  float[] freqs() {
    if (freqs == null) {
      freqs = new float[window];
    }
    return freqs;
  }
}
