package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static List<Integer> boundaries(String text) {
    BreakIterator breaks = new SentenceBreaks();
    breaks.setText(text);
    List<Integer> found = new ArrayList<>();
    for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
      found.add(b);
    }
    return found;
  }

  @Test
  void sentencesStartAfterTheWhiteSpaceThatFollowsTheirEnd() {
    assertThat(boundaries("One. Two!  Three? Four")).containsExactly(0, 5, 11, 18, 22);
  }

  @Test
  void aLineBreakEndsASentenceAndAPointInsideAWordDoesNot() {
    assertThat(boundaries("Heading\nU.N. rules 1.5 times.")).containsExactly(0, 8, 13, 29);
  }

  @Test
  void anEmptyTextHasOneBoundary() {
    assertThat(boundaries("")).containsExactly(0);
  }

  @Test
  void followingAndPrecedingFindTheNeighbouringBoundaries() {
    BreakIterator breaks = new SentenceBreaks();
    breaks.setText("One. Two. Three.");

    assertThat(breaks.following(0)).isEqualTo(5);
    assertThat(breaks.following(5)).isEqualTo(10);
    assertThat(breaks.current()).isEqualTo(10);
    assertThat(breaks.following(16)).isEqualTo(BreakIterator.DONE);
    assertThat(breaks.preceding(7)).isEqualTo(5);
    assertThat(breaks.preceding(5)).isEqualTo(0);
    assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(breaks.isBoundary(10)).isTrue();
    assertThat(breaks.isBoundary(11)).isFalse();
    assertThat(breaks.last()).isEqualTo(16);
    assertThat(breaks.previous()).isEqualTo(10);
  }

  @Test
  void everyQueryAgreesWithTheRuleOnRandomTexts() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    char[] alphabet = {'a', 'B', '.', '!', '?', '…', ' ', ' ', '\n', '\t', '1', ','};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      List<Integer> expected = byRule(text);
      String where = "seed " + seed + " text \"" + text + "\"";
      assertThat(boundaries(text)).as(where).isEqualTo(expected);
      BreakIterator breaks = new SentenceBreaks();
      breaks.setText(text);
      List<Integer> backwards = new ArrayList<>();
      for (int b = breaks.last(); b != BreakIterator.DONE; b = breaks.previous()) {
        backwards.add(0, b);
      }
      assertThat(backwards).as(where).isEqualTo(expected);
      for (int offset = 0; offset <= text.length(); offset++) {
        int at = offset;
        int after = expected.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
        int before =
            expected.stream().filter(b -> b < at).reduce((x, y) -> y).orElse(BreakIterator.DONE);
        assertThat(breaks.following(offset)).as(where + " following " + offset).isEqualTo(after);
        assertThat(breaks.preceding(offset)).as(where + " preceding " + offset).isEqualTo(before);
        assertThat(breaks.isBoundary(offset))
            .as(where + " isBoundary " + offset)
            .isEqualTo(expected.contains(offset));
      }
    }
  }

  /**
   * The boundaries by the rule stated position by position, the reference: the start, the end of a
   * text that is not empty, and every character other than white space that follows white space
   * holding a line break or following an end of sentence.
   */
  private static List<Integer> byRule(String text) {
    List<Integer> found = new ArrayList<>(List.of(0));
    for (int p = 1; p < text.length(); p++) {
      int q = p - 1;
      boolean lineBreak = false;
      while (q >= 0 && Character.isWhitespace(text.charAt(q))) {
        lineBreak |= text.charAt(q) == '\n';
        q--;
      }
      boolean afterWhiteSpace = q < p - 1;
      boolean afterEnd = q >= 0 && ".!?…".indexOf(text.charAt(q)) >= 0;
      if (!Character.isWhitespace(text.charAt(p)) && afterWhiteSpace && (lineBreak || afterEnd)) {
        found.add(p);
      }
    }
    if (!text.isEmpty()) {
      found.add(text.length());
    }
    return found;
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    BreakIterator breaks = new SentenceBreaks();
    breaks.setText("One.");

    assertThatThrownBy(() -> breaks.following(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset 5 is outside the text of length 4");
  }
}
