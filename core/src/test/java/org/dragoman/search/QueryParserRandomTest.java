package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.Query;
import org.dragoman.DragomanIndex;
import org.dragoman.TestCorpus;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query parser over random strings: every string either parses or is rejected with a {@link
 * QuerySyntaxException} whose message is short and names the query; no other exception, ever.
 */
class QueryParserRandomTest {

  /** Pieces of query syntax, so that random strings are often almost valid. */
  private static final List<String> PIECES =
      List.of(
          "Tokayev",
          "Rahmon",
          "Dushanbe",
          "(",
          ")",
          "\"",
          "[",
          "]",
          "{",
          "}",
          " TO ",
          " AND ",
          " OR ",
          " NOT ",
          "-",
          "+",
          "!",
          "&&",
          "||",
          "*",
          "?",
          "~",
          "~2",
          "~0.5",
          "^",
          "^3",
          ":",
          "\\",
          "/",
          "/[a-z]+/",
          "/(a|b",
          "date:",
          "title:",
          "body:",
          "source:",
          "lang:",
          "id:",
          "cites:",
          "unknown:",
          "2024",
          "2024-08",
          "2024-08-22",
          "2024-13-01",
          "24.08.2024",
          "*:*",
          " ",
          " ",
          "\t",
          "\n",
          "é",
          "ё",
          "ﺕ",
          "托",
          "🇰🇿",
          "\u200b",
          "\u0000",
          "\ud800");

  private final long seed = new Random().nextLong();

  @Test
  void randomStringsParseOrFailCleanly() {
    Random random = new Random(seed);
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      int parsed = 0;
      for (int i = 0; i < 20_000; i++) {
        String text = randomQuery(random);
        try {
          Query query = DragomanQueryParser.parse(text, analyzers, random.nextBoolean());
          parsed++;
          assertThat(query).as("seed %d, query %s", seed, text).isNotNull();
        } catch (QuerySyntaxException e) {
          assertCleanMessage(text, e);
        } catch (RuntimeException | Error e) {
          throw new AssertionError("seed " + seed + ": query [" + text + "] threw " + e, e);
        }
      }
      assertThat(parsed).as("some random queries are valid").isPositive();
    }
  }

  @Test
  void randomStringsSearchOrFailCleanly(@TempDir Path dir) throws IOException {
    Random random = new Random(seed);
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(TestCorpus.kremlin().subList(0, 100));
      for (int i = 0; i < 2_000; i++) {
        String text = randomQuery(random);
        try {
          index.search(SearchRequest.of(text));
        } catch (QuerySyntaxException e) {
          assertCleanMessage(text, e);
        } catch (RuntimeException | Error e) {
          throw new AssertionError("seed " + seed + ": query [" + text + "] threw " + e, e);
        }
      }
    }
  }

  private void assertCleanMessage(String text, QuerySyntaxException e) {
    assertThat(e.getMessage())
        .as("seed %d, query [%s]", seed, text)
        .isNotBlank()
        .hasSizeLessThan(600)
        .doesNotContain("\n");
  }

  private static String randomQuery(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int p = 0; p < pieces; p++) {
      if (random.nextInt(5) == 0) {
        text.appendCodePoint(randomCodePoint(random));
      } else {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
    }
    return text.toString();
  }

  private static int randomCodePoint(Random random) {
    while (true) {
      int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
      if (Character.isValidCodePoint(codePoint)) {
        return codePoint;
      }
    }
  }
}
