package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A snippet is shown on one line: runs of whitespace become one space, the ends are stripped. */
class SnippetsOneLineTest {

  @Test
  void runsOfWhitespaceBecomeOneSpace() {
    assertThat(Snippets.oneLine("  Talks in\n\n<mark>Astana</mark>\t\tended.\r\n"))
        .isEqualTo("Talks in <mark>Astana</mark> ended.");
    assertThat(Snippets.oneLine("")).isEmpty();
    assertThat(Snippets.oneLine(" \n\t ")).isEmpty();
  }

  @Test
  void otherSpacesStayInsideButNotAtTheEnds() {
    // A no-break space is part of the text (it is not \s); at the ends it is stripped.
    assertThat(Snippets.oneLine("a\u00a0b")).isEqualTo("a\u00a0b");
    assertThat(Snippets.oneLine("\u2003a b\u2003")).isEqualTo("a b");
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomText() {
    Pattern whitespace = Pattern.compile("\\s+");
    String alphabet = " \t\n\u000b\f\rab\u00a0\u2003<>";
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(20); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = whitespace.matcher(text).replaceAll(" ").strip();
      assertThat(Snippets.oneLine(text.toString()))
          .as("seed " + seed + ": " + text)
          .isEqualTo(expected);
    }
  }
}
