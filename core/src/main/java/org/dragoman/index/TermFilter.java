package org.dragoman.index;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A Bloom filter of the terms of one field in one segment, blocked by cache line: each term sets
 * {@value #HASHES} bits inside one block of 512 bits chosen by its hash. A term whose bits are not
 * all set is certainly absent; one whose bits are may be present (about one absent term in a
 * hundred at {@value #BITS_PER_TERM} bits per term). Blocking costs a little accuracy against a
 * plain filter and saves all but one cache miss per look-up.
 *
 * <pre>{@code
 * TermFilter.Builder builder = new TermFilter.Builder();
 * builder.add(new BytesRef("kasahstan"));
 * long[] words = builder.build();
 * boolean maybe = TermFilter.mightContain(words, new BytesRef("qasaqstan")); // false
 * }</pre>
 */
final class TermFilter {

  /** Bits each term sets in its block. */
  static final int HASHES = 6;

  /** Bits per term at least (the block count is rounded up to a power of two). */
  static final int BITS_PER_TERM = 10;

  /** Bytes per block: one cache line. */
  static final int BLOCK_BYTES = 64;

  static final int WORDS_PER_BLOCK = BLOCK_BYTES / Long.BYTES;

  private static final int BLOCK_BITS = BLOCK_BYTES * Byte.SIZE;

  private static final int BIT_IN_BLOCK = BLOCK_BITS - 1;

  private static final int BITS_PER_HASH = Integer.numberOfTrailingZeros(BLOCK_BITS);

  private TermFilter() {}

  /**
   * Whether {@code term} may be among the terms of the filter whose blocks are {@code words}
   * ({@value #BLOCK_BYTES} bytes, {@value #WORDS_PER_BLOCK} words each, a power of two of them):
   * false only when it is not.
   */
  static boolean mightContain(long[] words, BytesRef term) {
    long[] hash = StringHelper.murmurhash3_x64_128(term);
    int blocks = words.length / WORDS_PER_BLOCK;
    int block = (int) (hash[0] & (blocks - 1)) * WORDS_PER_BLOCK;
    long bits = hash[1];
    for (int i = 0; i < HASHES; i++, bits >>>= BITS_PER_HASH) {
      int bit = (int) bits & BIT_IN_BLOCK;
      if ((words[block + (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The hashes of a field's terms as they stream past, then the filter sized to their number. */
  static final class Builder {

    /**
     * Terms beyond which a field gets no filter: their hashes would take more than 128 MB while the
     * segment is written.
     */
    static final int MAX_TERMS = 1 << 23;

    private long[] hashes = new long[256];
    private int terms;
    private boolean built;
    private boolean untrusted;

    void add(BytesRef term) {
      if (built) {
        untrusted = true; // the filter built lacks this term
        return;
      }
      if (hashes == null) {
        return; // too many terms
      }
      if (terms == MAX_TERMS) {
        hashes = null;
        return;
      }
      if (2 * terms == hashes.length) {
        hashes = Arrays.copyOf(hashes, 2 * hashes.length);
      }
      long[] hash = StringHelper.murmurhash3_x64_128(term);
      hashes[2 * terms] = hash[0];
      hashes[2 * terms + 1] = hash[1];
      terms++;
    }

    /**
     * The filter of the terms added: a power of two of blocks of {@value #WORDS_PER_BLOCK} words,
     * {@value #BITS_PER_TERM} bits a term at least; null for no terms or too many, and when built
     * before. The hashes are let go.
     */
    long[] build() {
      built = true;
      if (hashes == null || terms == 0) {
        hashes = null;
        return null;
      }
      long needed = ((long) terms * BITS_PER_TERM + BLOCK_BITS - 1) / BLOCK_BITS;
      int blocks = 1;
      while (blocks < needed) {
        blocks <<= 1;
      }
      long[] words = new long[blocks * WORDS_PER_BLOCK];
      for (int t = 0; t < terms; t++) {
        int first = (int) (hashes[2 * t] & (blocks - 1)) * WORDS_PER_BLOCK;
        long bits = hashes[2 * t + 1];
        for (int i = 0; i < HASHES; i++, bits >>>= BITS_PER_HASH) {
          int bit = (int) bits & BIT_IN_BLOCK;
          words[first + (bit >>> 6)] |= 1L << bit;
        }
      }
      hashes = null;
      return words;
    }

    /** Marks the terms added as perhaps not all of the field's: its filter must not be used. */
    void distrust() {
      untrusted = true;
    }

    /**
     * Whether the filter built holds every term: no term came after {@link #build()}, and nothing
     * called {@link #distrust()}. A filter missing a term would hide it.
     */
    boolean isTrusted() {
      return !untrusted;
    }
  }
}
