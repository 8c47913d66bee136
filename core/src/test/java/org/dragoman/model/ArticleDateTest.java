package org.dragoman.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A date is YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date, white space around it ignored. */
class ArticleDateTest {

  /** The rule as a regular expression: ASCII digits only. */
  private static final Pattern RULE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  @Test
  void theThreePrecisions() {
    assertThat(ArticleDate.parse("2019")).isEqualTo(ArticleDate.ofYear(2019));
    assertThat(ArticleDate.parse(" 2019-06 "))
        .isEqualTo(ArticleDate.ofMonth(YearMonth.of(2019, 6)));
    assertThat(ArticleDate.parse("2019-06-30"))
        .isEqualTo(ArticleDate.ofDay(LocalDate.of(2019, 6, 30)));
    assertThat(ArticleDate.parse("2019-06-30").toString()).isEqualTo("2019-06-30");
  }

  @Test
  void anythingElseIsRejectedWithTheTextInTheMessage() {
    for (String bad :
        new String[] {
          "", "19", "2019-6", "2019/06/30", "2019-02-30", "2019-13", "２０１９", "2019-06-30T"
        }) {
      assertThatThrownBy(() -> ArticleDate.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("date " + bad + " is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  @Test
  void randomTextsParseAsTheRuleSays() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "0123456789-- /x٣";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        // Mostly digits and dashes in the places of a date, so that many texts are dates.
        text.append(
            random.nextInt(4) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (j == 4 || j == 7
                    ? '-'
                    : (char) ('0' + random.nextInt(j == 5 || j == 8 ? 4 : 10))));
      }
      String input = text.toString();
      ArticleDate expected = byRule(input);
      if (expected == null) {
        assertThatThrownBy(() -> ArticleDate.parse(input))
            .as("seed " + seed + ": " + input)
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        assertThat(ArticleDate.parse(input)).as("seed " + seed + ": " + input).isEqualTo(expected);
      }
    }
  }

  private static ArticleDate byRule(String text) {
    Matcher m = RULE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return ArticleDate.ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return ArticleDate.ofMonth(YearMonth.of(year, month));
      }
      return ArticleDate.ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
