package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
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
  void rejectsOffsetsOutsideTheText() {
    BreakIterator breaks = new SentenceBreaks();
    breaks.setText("One.");

    assertThatThrownBy(() -> breaks.following(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset 5 is outside the text of length 4");
  }
}
