package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A term filter never turns away a term it was built with, and turns away nearly every other one,
 * in a number of blocks that is a power of two with ten bits a term at least.
 */
class TermFilterTest {

  private static final int TERMS = 20_000;

  @Test
  void everyTermOfTheFilterMayBeThere() {
    List<BytesRef> terms = randomTerms(new Random(1), TERMS);
    long[] words = build(terms);
    assertThat(terms).allMatch(term -> TermFilter.mightContain(words, term));
  }

  @Test
  void aboutOneTermInAHundredThatIsNotThereGetsThrough() {
    Random random = new Random(2);
    List<BytesRef> terms = randomTerms(random, TERMS);
    long[] words = build(terms);
    Set<BytesRef> present = new HashSet<>(terms);
    int absent = 0;
    int through = 0;
    for (BytesRef other : randomTerms(random, 200_000)) {
      if (!present.contains(other)) {
        absent++;
        through += TermFilter.mightContain(words, other) ? 1 : 0;
      }
    }
    assertThat((double) through / absent).isLessThan(0.02);
  }

  @Test
  void blocksArePowersOfTwoWithTenBitsATermAtLeast() {
    for (int terms : new int[] {1, 51, 52, 1000, TERMS}) {
      TermFilter.Builder builder = new TermFilter.Builder();
      randomTerms(new Random(terms), terms).forEach(builder::add);
      long[] words = builder.build();
      int blocks = words.length / TermFilter.WORDS_PER_BLOCK;
      assertThat(words.length % TermFilter.WORDS_PER_BLOCK).isZero();
      assertThat(Integer.bitCount(blocks)).isEqualTo(1);
      assertThat((long) words.length * Long.SIZE)
          .isGreaterThanOrEqualTo((long) terms * TermFilter.BITS_PER_TERM)
          .isLessThanOrEqualTo(Math.max(2L * terms * TermFilter.BITS_PER_TERM, 512));
    }
  }

  @Test
  void aTermAfterTheFilterWasBuiltOrASeekMakesItUntrusted() {
    TermFilter.Builder late = new TermFilter.Builder();
    late.add(new BytesRef("kasahstan"));
    late.build();
    assertThat(late.isTrusted()).isTrue();
    late.add(new BytesRef("qasaqstan"));
    assertThat(late.isTrusted()).isFalse();

    TermFilter.Builder sought = new TermFilter.Builder();
    sought.distrust();
    assertThat(sought.isTrusted()).isFalse();
  }

  @Test
  void noTermsMakeNoFilter() {
    assertThat(new TermFilter.Builder().build()).isNull();
  }

  private static long[] build(List<BytesRef> terms) {
    TermFilter.Builder builder = new TermFilter.Builder();
    terms.forEach(builder::add);
    return builder.build();
  }

  /** Spelling-key-like terms: 3 to 12 lower-case letters. */
  private static List<BytesRef> randomTerms(Random random, int count) {
    List<BytesRef> terms = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      char[] chars = new char[3 + random.nextInt(10)];
      for (int c = 0; c < chars.length; c++) {
        chars[c] = (char) ('a' + random.nextInt(26));
      }
      terms.add(new BytesRef(new String(chars)));
    }
    return terms;
  }
}
