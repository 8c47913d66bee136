package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad queries and slow queries through {@code dragoman search}: one clear line and an exit code.
 */
class BadQueryTest {

  @TempDir static Path tmp;

  private static String index;

  @BeforeAll
  static void buildIndex() {
    index = tmp.resolve("index").toString();
    Cli.Result built =
        new Cli()
            .run(
                "index",
                "--index",
                index,
                Cli.corpus().resolve("kremlin-centralasia.jsonl.gz").toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "\"Tokayev Rahmon | unbalanced quotes in query \"Tokayev Rahmon: a \" is not closed",
        "(Tokayev OR Rahmon | unbalanced parentheses in query (Tokayev OR Rahmon: a ( is not closed",
        "Tokayev) | the ) at position 8 has no matching (",
        "date:[foo TO bar] | date foo is not YYYY, YYYY-MM or YYYY-MM-DD",
        "*kayev | leading wildcard in *kayev is not supported: start the word with a letter",
        "?okayev | leading wildcard in ?okayev is not supported",
        "'   ' | The query is empty",
        "title:/[a-/ | does not parse",
        "colour:red | unknown field colour: use one of title, body, exact, source, lang, date, cites, id",
        "date:[2024 TO 2019] | date range [2024 TO 2019] ends before it starts",
      })
  void aBadQueryIsOneLineAndExitTwo(String query, String message) {
    Cli.Result result = new Cli().run("search", "--index", index, query);

    assertBadQuery(result, message);
  }

  @Test
  void anEmptyQueryIsBadUsage() {
    assertBadQuery(new Cli().run("search", "--index", index, ""), "The query is empty");
  }

  @Test
  void aQueryOfTenThousandWordsIsRefusedWithAShortMessage() {
    String words =
        IntStream.range(0, 10_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

    Cli.Result result = new Cli().run("search", "--index", index, words);

    assertBadQuery(result, "more than 1024 clauses");
    assertThat(result.err()).contains("(" + words.length() + " characters)");
  }

  @Test
  void aQueryNestedTenThousandDeepIsRefused() {
    String nested = "(".repeat(10_000) + "Tokayev" + ")".repeat(10_000);

    assertBadQuery(new Cli().run("search", "--index", index, nested), "nests groups more than");
  }

  @Test
  void aSearchOverItsTimeoutExitsFourWithoutPartialResults() {
    // A nanosecond is over before the first block of documents is scored: deterministic.
    Cli.Result result =
        new Cli().run("search", "--index", index, "--timeout", "1ns", "--json", "Kazakhstan");

    assertThat(result.exitCode()).isEqualTo(ExitCode.TIMEOUT.code()).isEqualTo(4);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "dragoman: query Kazakhstan took longer than the timeout of 1 ns: narrow it (fewer"
                + " wildcards or fuzzy words, a date range) or allow more time"
                + System.lineSeparator());
  }

  @Test
  void aSearchWithinItsTimeoutIsAnswered() {
    Cli.Result result =
        new Cli().run("search", "--index", index, "--timeout", "5s", "--json", "Kazakhstan");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonSchema.searchResult(result.outLines().get(0));
  }

  @Test
  void aBatchReportsEachTimedOutQueryAndExitsFour() {
    Cli.Result result =
        new Cli()
            .stdin("q1\tKazakhstan\nq2\t\"unclosed\n")
            .run("search", "--index", index, "--timeout", "1ns", "--json", "--queries", "-");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0)).contains("\"qid\":\"q1\"").contains("took longer");
    assertThat(result.outLines().get(1)).contains("\"qid\":\"q2\"").contains("unbalanced quotes");
    assertThat(result.err()).contains("2 of the queries failed (1 timed out)");
  }

  @ParameterizedTest
  @CsvSource({"abc", "0ms", "-1s", "5 hours"})
  void aTimeoutThatIsNotAPositiveDurationIsBadUsage(String timeout) {
    Cli.Result result = new Cli().run("search", "--index", index, "--timeout", timeout, "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--timeout").contains("Usage:");
  }

  private static void assertBadQuery(Cli.Result result, String message) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("dragoman: ").contains(message).doesNotContain("\tat ");
    assertThat(result.err().lines().findFirst().orElseThrow()).hasSizeLessThan(300);
  }
}
