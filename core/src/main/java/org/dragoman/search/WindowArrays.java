package org.dragoman.search;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The arrays of a {@link WindowNode} for one window: which documents matched, and their sums (or a
 * synonym group's summed frequencies). Taken when a pass first uses them, so that building the tree
 * of a query that turns out too large for the pass takes nothing; each segment's matcher then
 * reuses them, as segments are passed one after another.
 *
 * <p>The arrays come from a small pool shared by the searching threads and go back to it when the
 * pass is done ({@link #giveBack}), cleared, as the pass leaves every array it used. Why: a pass
 * over four fields takes several window arrays (up to 128 KB each); allocated afresh for each
 * search, zeroing them was about a tenth of a one-word search in a profile (with windows of 4,096
 * documents, about 80 KB in all; the whole search about 70 µs on the reference corpus). A pass that
 * failed does not give its arrays back: they may not be cleared.
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
      bits = Pool.of(window).bits.takeOr(() -> new long[WindowMatcher.words(window)]);
    }
    return bits;
  }

  double[] sums() {
    if (sums == null) {
      sums = Pool.of(window).sums.takeOr(() -> new double[window]);
    }
    return sums;
  }

  float[] freqs() {
    if (freqs == null) {
      freqs = Pool.of(window).freqs.takeOr(() -> new float[window]);
    }
    return freqs;
  }

  /**
   * Returns the arrays taken to the pool; only after a pass that ended normally, which leaves them
   * cleared (one that failed may not have: its arrays are left to the garbage collector).
   */
  void giveBack() {
    Pool pool = Pool.of(window);
    if (bits != null) {
      assert cleared(bits) : "window bits given back set";
      pool.bits.giveBack(bits);
      bits = null;
    }
    if (sums != null) {
      assert cleared(sums) : "window sums given back non-zero";
      pool.sums.giveBack(sums);
      sums = null;
    }
    if (freqs != null) {
      assert cleared(freqs) : "window frequencies given back non-zero";
      pool.freqs.giveBack(freqs);
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
   * Cleared arrays of one window size, shared by the threads that search: at most {@link #KEPT} of
   * each kind, so that it stays small however many threads search (virtual ones included). A pass
   * of another window size (another index) replaces it.
   */
  private static final class Pool {
    /** Arrays kept of each kind: enough for two or three searches of a few words at once. */
    private static final int KEPT = 16;

    private static final AtomicReference<Pool> CURRENT = new AtomicReference<>(new Pool(0));

    private final int window;
    private final Kept<long[]> bits = new Kept<>();
    private final Kept<double[]> sums = new Kept<>();
    private final Kept<float[]> freqs = new Kept<>();

    private Pool(int window) {
      this.window = window;
    }

    static Pool of(int window) {
      Pool pool = CURRENT.get();
      if (pool.window != window) {
        pool = new Pool(window);
        CURRENT.set(pool);
      }
      return pool;
    }
  }

  /** A bounded stack of arrays: the last one given back is taken first, still in the caches. */
  private static final class Kept<T> {
    private final ConcurrentLinkedDeque<T> arrays = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();

    /** A kept array, or a new one from {@code allocate} when none is left. */
    T takeOr(Supplier<T> allocate) {
      T array = arrays.pollFirst();
      if (array == null) {
        return allocate.get();
      }
      size.decrementAndGet();
      return array;
    }

    void giveBack(T array) {
      if (size.incrementAndGet() <= Pool.KEPT) {
        arrays.offerFirst(array);
      } else {
        size.decrementAndGet();
      }
    }
  }
}
