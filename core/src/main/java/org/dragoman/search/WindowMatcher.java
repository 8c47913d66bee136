package org.dragoman.search;

import java.io.IOException;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.util.Bits;

/**
 * A {@link WindowNode}'s matching in one segment: window by window, it marks the documents it
 * matches in a bit set of the window and adds their scores into an array of the window. Also the
 * window arithmetic its kinds share.
 */
abstract class WindowMatcher {

  /** The postings it estimates it reads (Lucene's cost of the same query). */
  abstract long cost();

  /** Creates its scorers; {@code leadCost} is the cost of the conjunction it is part of. */
  abstract void start(long leadCost) throws IOException;

  /** A document at or before its first match at or after {@code target}. */
  abstract int advance(int target) throws IOException;

  /**
   * Sets the bit of each live match in [{@code base}, {@code max}) ({@code base} at bit 0) and adds
   * its score, as a float, to its place in {@code sums}.
   */
  abstract void addInto(int base, int max, Bits live, long[] bits, double[] sums)
      throws IOException;

  /**
   * As {@link #addInto}, into cleared arrays whose sums the caller rounds to a float itself (the
   * pass's own, at the root of the tree): a sum need not round and move its sums into them.
   */
  void scoreInto(int base, int max, Bits live, long[] bits, double[] sums) throws IOException {
    addInto(base, max, live, bits, sums);
  }

  /**
   * As {@link #addInto}, into cleared arrays: each match's score rounded to a float, as a boolean
   * clause's score is. A leaf's scores are floats already; a sum rounds its own in place instead of
   * summing apart and moving.
   */
  void addRounded(int base, int max, Bits live, long[] bits, double[] sums) throws IOException {
    addInto(base, max, live, bits, sums);
  }

  /**
   * Adds a block of scored postings ({@code buffer}, documents from {@code base} on) to the
   * window's arrays: for the documents set in {@code within} only, or for all when it is null.
   */
  static void addScored(
      DocAndFloatFeatureBuffer buffer, int base, long[] within, long[] bits, double[] sums) {
    int[] docs = buffer.docs;
    float[] scores = buffer.features;
    if (within == null) {
      // Every posting adds: no mask to read, nor a score to multiply by it.
      for (int i = 0; i < buffer.size; i++) {
        int d = docs[i] - base;
        bits[d >>> 6] |= 1L << d;
        sums[d] += scores[i];
      }
      return;
    }
    for (int i = 0; i < buffer.size; i++) {
      int d = docs[i] - base;
      // Without a branch, which the documents of a common word's postings mispredict about as
      // often as not: a document outside adds no bit and a zero score (kept >>> d is 1 or 0).
      long kept = within[d >>> 6] & (1L << d);
      bits[d >>> 6] |= kept;
      sums[d] += scores[i] * (kept >>> d);
    }
  }

  /** Rounds the sum of each document set in {@code bits} to a float, in place. */
  static void roundInPlace(long[] bits, double[] sums) {
    for (int w = 0; w < bits.length; w++) {
      for (long word = bits[w]; word != 0; word &= word - 1) {
        int d = (w << 6) | Long.numberOfTrailingZeros(word);
        sums[d] = (float) sums[d];
      }
    }
  }

  /**
   * As {@link #addInto}, for the documents set in {@code within} only: a conjunction's later clause
   * need not score the documents its earlier ones did not match. This default adds them all and
   * clears the others again; kinds that can skip them do.
   */
  void addWithin(int base, int max, Bits live, long[] within, long[] bits, double[] sums)
      throws IOException {
    addInto(base, max, live, bits, sums);
    for (int w = 0; w < bits.length; w++) {
      for (long word = bits[w] & ~within[w]; word != 0; word &= word - 1) {
        sums[(w << 6) | Long.numberOfTrailingZeros(word)] = 0;
      }
      bits[w] &= within[w];
    }
  }

  /**
   * Keeps set in {@code bits} only the documents it also matches in [{@code base}, {@code max}),
   * adding its scores to theirs, and zeroes the sums of the others; whether any is left. {@code
   * scratchBits} and {@code scratchSums} are cleared arrays it may use and leaves cleared. With
   * {@code roundHeld}, the sums held are a clause's unrounded sums, rounded to a float here before
   * its scores are added (a conjunction's first clause: rounded only where a document stays).
   */
  boolean retainInto(
      int base,
      int max,
      Bits live,
      long[] bits,
      double[] sums,
      long[] scratchBits,
      double[] scratchSums,
      boolean roundHeld)
      throws IOException {
    addWithin(base, max, live, bits, scratchBits, scratchSums);
    return intersect(bits, sums, scratchBits, scratchSums, false, roundHeld);
  }

  /**
   * Keeps the documents both sets hold, adding the clause's scores to theirs (rounded to a float
   * first when {@code round}, as a boolean clause's score is; the sums held too when {@code
   * roundHeld}); leaves the clause's arrays cleared and the sums of dropped documents at zero.
   * Whether any document is left.
   */
  static boolean intersect(
      long[] bits,
      double[] sums,
      long[] clauseBits,
      double[] clauseSums,
      boolean round,
      boolean roundHeld) {
    boolean any = false;
    for (int w = 0; w < bits.length; w++) {
      long both = bits[w] & clauseBits[w];
      for (long word = clauseBits[w]; word != 0; word &= word - 1) {
        int d = (w << 6) | Long.numberOfTrailingZeros(word);
        if ((both & (1L << d)) != 0) {
          double held = roundHeld ? (float) sums[d] : sums[d];
          sums[d] = held + (round ? (float) clauseSums[d] : clauseSums[d]);
        }
        clauseSums[d] = 0;
      }
      for (long word = bits[w] & ~both; word != 0; word &= word - 1) {
        sums[(w << 6) | Long.numberOfTrailingZeros(word)] = 0;
      }
      clauseBits[w] = 0;
      bits[w] = both;
      any |= both != 0;
    }
    return any;
  }

  /**
   * Adds each document's sum, rounded to a float as Lucene rounds a boolean query's score, to the
   * outer arrays, and clears the inner ones.
   */
  static void moveRounded(long[] bits, double[] sums, long[] out, double[] outSums) {
    for (int w = 0; w < bits.length; w++) {
      long word = bits[w];
      if (word == 0) {
        continue;
      }
      out[w] |= word;
      bits[w] = 0;
      for (; word != 0; word &= word - 1) {
        int d = (w << 6) | Long.numberOfTrailingZeros(word);
        outSums[d] += (float) sums[d];
        sums[d] = 0;
      }
    }
  }

  /** The longs of a bit set of {@code window} documents. */
  static int words(int window) {
    return (window + 63) >>> 6;
  }
}
