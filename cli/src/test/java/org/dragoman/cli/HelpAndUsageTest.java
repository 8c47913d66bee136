package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and bad usage: none of these needs an index. */
class HelpAndUsageTest {

  @TempDir Path tmp;

  private final Cli cli = new Cli();

  @ParameterizedTest
  @ValueSource(strings = {"", "index", "search", "stats", "timeline", "related"})
  void helpListsEveryExitCodeOfTheEnum(String command) {
    Cli.Result result = command.isEmpty() ? cli.run("--help") : cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Exit codes:");
    for (ExitCode exitCode : ExitCode.values()) {
      assertThat(result.out())
          .containsPattern("(?m)^\\s+" + exitCode.code() + "\\s+" + firstWords(exitCode.meaning()));
    }
    assertThat(result.err()).isEmpty();
  }

  @Test
  void exitCodesAreTheOnesTheIssueNames() {
    assertThat(ExitCode.OK.code()).isZero();
    assertThat(ExitCode.FAILURE.code()).isEqualTo(1);
    assertThat(ExitCode.USAGE.code()).isEqualTo(2);
    assertThat(ExitCode.INDEX_UNAVAILABLE.code()).isEqualTo(3);
  }

  @Test
  void versionPrintsTheName() {
    Cli.Result result = cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("dragoman ");
  }

  @Test
  void noCommandIsBadUsage() {
    Cli.Result result = cli.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing command").contains("Usage: dragoman");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsBadUsageWithASuggestion() {
    Cli.Result result = cli.run("serch", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'serch'").contains("Did you mean: dragoman search");
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    Cli.Result result = cli.run("search", "--limt", "5", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--limt");
  }

  @Test
  void searchWithoutQueryIsBadUsage() {
    Cli.Result result = cli.run("search", "--index", tmp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing query");
  }

  @Test
  void anEmptyQueryIsBadUsage() {
    Cli.Result result = cli.run("search", "--index", tmp.toString(), "  ");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("The query is empty");
  }

  @Test
  void aQueryAndAQueriesFileTogetherAreBadUsage() {
    Cli.Result result = cli.run("search", "--queries", "-", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("either QUERY or --queries");
  }

  @Test
  void anInvalidDateIsBadUsageNamingTheDate() {
    Cli.Result result = cli.run("search", "--from", "2024-13-01", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--from").contains("date 2024-13-01 is not");
  }

  @Test
  void anUnknownSortIsBadUsageNamingIt() {
    Cli.Result result = cli.run("search", "--sort", "sideways", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("sort sideways is not one of relevance, newest, oldest");
  }

  @Test
  void aLimitOutOfRangeIsBadUsage() {
    Cli.Result result = cli.run("search", "--limit", "-1", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("limit -1 is not between 0 and 10000");
  }

  @Test
  void offsetAndCursorTogetherAreBadUsage() {
    Cli.Result result = cli.run("search", "--offset", "5", "--cursor", "abc", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("offset and cursor cannot be combined");
  }

  @Test
  void fromAfterToIsBadUsage() {
    Cli.Result result = cli.run("search", "--from", "2024", "--to", "2019", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("from 2024 is after to 2019");
  }

  @Test
  void aMissingQueriesFileIsBadUsageNamingIt() {
    Cli.Result result =
        cli.run("search", "--index", tmp.toString(), "--queries", tmp.resolve("q.tsv").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("q.tsv does not exist");
  }

  @Test
  void indexWithoutPathIsBadUsage() {
    Cli.Result result = cli.run("index", "--index", tmp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("PATH");
  }

  @Test
  void badUsageNeverPrintsAStackTrace() {
    Cli.Result result = cli.run("search", "--limit", "many", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void theRootHelpListsTheAnalystCommands() {
    Cli.Result result = cli.run("--help");

    assertThat(result.out())
        .containsPattern("(?m)^\\s+timeline\\s")
        .containsPattern("(?m)^\\s+related\\s");
  }

  @Test
  void searchHelpNamesTheAnalystOptions() {
    Cli.Result result = cli.run("search", "--help");

    assertThat(result.out()).contains("--facets", "--explain", "--color=WHEN");
  }

  @Test
  void relatedWithoutIdIsBadUsage() {
    Cli.Result result = cli.run("related", "--index", tmp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("ID");
  }

  private static String firstWords(String meaning) {
    return java.util.regex.Pattern.quote(meaning.substring(0, Math.min(20, meaning.length())));
  }
}
