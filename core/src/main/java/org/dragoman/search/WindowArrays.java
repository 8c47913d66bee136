package org.dragoman.search;

import java.util.ArrayDeque;

/**
 * The arrays of a {@link WindowNode} for one window: which documents matched, and their sums (or a
 * synonym group's summed frequencies). Taken when a pass first uses them, so that building the tree
 * of a query that turns out too large for the pass takes nothing; each segment's matcher then
 * reuses them, as segments are passed one after another.
 *
 * <p>The arrays come from a pool kept per thread and go back to it when the pass is done ({@link
 * #giveBack}), cleared, as the pass leaves every array it used. Why: a pass over four fields takes
 * about 80 KB of window arrays; allocated afresh for each search, zeroing them was about a tenth of
 * a one-word search in a profile (the whole search about 70 µs on the reference corpus).
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
      bits = Pool.local(window).bits.poll();
      if (bits == null) {
        bits = new long[WindowMatcher.words(window)];
      }
    }
    return bits;
  }

  double[] sums() {
    if (sums == null) {
      sums = Pool.local(window).sums.poll();
      if (sums == null) {
        sums = new double[window];
      }
    }
    return sums;
  }

  float[] freqs() {
    if (freqs == null) {
      freqs = Pool.local(window).freqs.poll();
      if (freqs == null) {
        freqs = new float[window];
      }
    }
    return freqs;
  }

  /**
   * Returns the arrays taken to this thread's pool; only after a pass that ended normally, which
   * leaves them cleared (one that failed may not have: its arrays are left to the garbage
   * collector).
   */
  void giveBack() {
    Pool pool = Pool.local(window);
    if (bits != null) {
      assert cleared(bits) : "window bits given back set";
      Pool.keep(pool.bits, bits);
      bits = null;
    }
    if (sums != null) {
      assert cleared(sums) : "window sums given back non-zero";
      Pool.keep(pool.sums, sums);
      sums = null;
    }
    if (freqs != null) {
      assert cleared(freqs) : "window frequencies given back non-zero";
      Pool.keep(pool.freqs, freqs);
      freqs = null;
    }
  }

  private static boolean cleared(long[] array) {
    for (long value : array) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean cleared(double[] array) {
    for (double value : array) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean cleared(float[] array) {
    for (float value : array) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Cleared arrays of one window size, kept by one thread. A pass of another size (another index)
   * empties it.
   */
  private static final class Pool {
    /** Arrays kept of each kind: enough for a query of a few words over four fields. */
    private static final int KEPT = 16;

    private static final ThreadLocal<Pool> LOCAL = new ThreadLocal<>();

    private final int window;
    private final ArrayDeque<long[]> bits = new ArrayDeque<>();
    private final ArrayDeque<double[]> sums = new ArrayDeque<>();
    private final ArrayDeque<float[]> freqs = new ArrayDeque<>();

    private Pool(int window) {
      this.window = window;
    }

    static Pool local(int window) {
      Pool pool = LOCAL.get();
      if (pool == null || pool.window != window) {
        pool = new Pool(window);
        LOCAL.set(pool);
      }
      return pool;
    }

    static <T> void keep(ArrayDeque<T> kept, T array) {
      if (kept.size() < KEPT) {
        kept.push(array);
      }
    }
  }
}
