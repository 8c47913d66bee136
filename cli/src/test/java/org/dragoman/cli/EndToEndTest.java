package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands over a real index of the bundled corpus (814 articles), built once by {@code
 * dragoman index}. Needs the core facade {@code DragomanIndex}.
 */
class EndToEndTest {

  private static final int CORPUS_ARTICLES = 605 + 188 + 20 + 1;

  @TempDir static Path tmp;

  private static Path index;
  private static Cli.Result indexRun;

  private final Cli cli = new Cli();

  @BeforeAll
  static void indexTheCorpus() {
    index = tmp.resolve("index");
    indexRun = new Cli().run("index", "--index", index.toString(), Cli.corpus().toString());
  }

  @Test
  void indexingTheCorpusReportsEveryArticleAndNoProblem() {
    assertThat(indexRun.exitCode()).as(indexRun.err()).isZero();
    assertThat(indexRun.outLines())
        .contains("indexed   " + CORPUS_ARTICLES, "replaced  0", "skipped   0", "invalid   0");
    assertThat(indexRun.outLines()).anyMatch(l -> l.matches("docs/s +\\d+\\.\\d"));
    assertThat(indexRun.outLines()).anyMatch(l -> l.matches("MB/s +\\d+\\.\\d\\d"));
    assertThat(indexRun.outLines()).anyMatch(l -> l.matches("elapsed +\\d+\\.\\d\\d s"));
    assertThat(indexRun.err()).isEmpty();
  }

  @Test
  void searchJsonIsOneLineThatFollowsTheSchemaWithRelevanceScores() {
    Cli.Result result = cli.run("search", "--index", index.toString(), "--json", "Tokayev");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).hasSize(1);
    JsonNode json = JsonSchema.searchResult(result.outLines().get(0));
    assertThat(json.get("query").asText()).isEqualTo("Tokayev");
    assertThat(json.get("total").asLong()).isPositive();
    assertThat(sources(json)).isNotEmpty();
    json.get("hits")
        .forEach(h -> assertThat(h.get("score").isNumber()).as("relevance score").isTrue());
  }

  @Test
  void theSourceFilterKeepsOnlyThatSource() {
    Cli.Result result =
        cli.run(
            "search", "--index", index.toString(), "--json", "--source", "kazinform", "Dushanbe");

    JsonNode json = JsonSchema.searchResult(result.outLines().get(0));
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(sources(json)).containsOnly("Kazinform");
    assertThat(json.get("hits").get(0).get("date").asText()).isEqualTo("2024-08-22");
  }

  @Test
  void humanOutputStartsWithTheTotal() {
    Cli.Result result = cli.run("search", "--index", index.toString(), "Rahmon");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines().get(0)).matches("\\d+ results? for \"Rahmon\".*");
    assertThat(result.outLines()).anyMatch(l -> l.matches(" +1\\. .+"));
  }

  @Test
  void newestFirstGivesDescendingDates() {
    Cli.Result result =
        cli.run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--sort",
            "newest",
            "--limit",
            "50",
            "Tokayev");

    List<String> dates = new ArrayList<>();
    JsonSchema.searchResult(result.outLines().get(0))
        .get("hits")
        .forEach(h -> dates.add(h.get("date").asText()));
    assertThat(dates).hasSizeGreaterThan(1);
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void theCursorPagesThroughEveryHitExactlyOnce() {
    Set<String> seen = new HashSet<>();
    long total = -1;
    String cursor = null;
    int pages = 0;
    do {
      List<String> args =
          new ArrayList<>(List.of("search", "--index", index.toString(), "--json", "--limit", "7"));
      if (cursor != null) {
        args.addAll(List.of("--cursor", cursor));
      }
      args.add("Kazakhstan");
      JsonNode page = JsonSchema.searchResult(cli.run(args.toArray(String[]::new)).out().strip());
      total = page.get("total").asLong();
      page.get("hits").forEach(h -> assertThat(seen.add(h.get("id").asText())).isTrue());
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
      pages++;
    } while (cursor != null && pages < 100);
    assertThat(total).isGreaterThan(7);
    assertThat(seen).hasSize((int) total);
  }

  @Test
  void batchQueriesFromAFileGiveOneResultPerQueryInOrder() throws IOException {
    Path queries = tmp.resolve("queries.tsv");
    Files.writeString(queries, "q1\tTokayev\nRahmon\n\nq3\tDushanbe\n");

    Cli.Result result =
        cli.run("search", "--index", index.toString(), "--json", "--queries", queries.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> lines = result.outLines().stream().map(JsonSchema::searchResult).toList();
    assertThat(lines)
        .extracting(l -> l.get("query").asText())
        .containsExactly("Tokayev", "Rahmon", "Dushanbe");
    assertThat(lines.get(0).get("qid").asText()).isEqualTo("q1");
    assertThat(lines.get(1).get("qid").isNull()).isTrue();
    assertThat(lines.get(2).get("qid").asText()).isEqualTo("q3");
  }

  @Test
  void batchQueriesFromStdin() {
    Cli.Result result =
        cli.stdin("a\tTokayev\nb\tAstana\n")
            .run("search", "--index", index.toString(), "--json", "--queries", "-");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).hasSize(2);
    assertThat(JsonSchema.searchResult(result.outLines().get(1)).get("qid").asText())
        .isEqualTo("b");
  }

  @Test
  void aBadQueryInABatchIsReportedAndTheOthersStillRun() {
    Cli.Result result =
        cli.stdin("ok\tTokayev\nbad\t\"unclosed phrase\n")
            .run("search", "--index", index.toString(), "--json", "--queries", "-");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.outLines()).hasSize(2);
    JsonSchema.searchResult(result.outLines().get(0));
    assertThat(JsonSchema.parse(result.outLines().get(1)).get("error").asText()).isNotBlank();
    assertThat(result.err()).contains("-:2: ");
  }

  @Test
  void aBadSingleQueryExits2WithNothingOnStdout() {
    Cli.Result result = cli.run("search", "--index", index.toString(), "\"unclosed phrase");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("dragoman: ").doesNotContain("\tat ");
  }

  @Test
  void statsJsonCountsTheDocuments() {
    Cli.Result result = cli.run("stats", "--index", index.toString(), "--json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = JsonSchema.parse(result.out().strip());
    assertThat(json.get("documents").asLong()).isEqualTo(CORPUS_ARTICLES);
    assertThat(json.get("sources").get("Kremlin").asLong()).isPositive();
    assertThat(json.get("earliest").asText()).isEqualTo("1992");
    assertThat(json.get("size_on_disk_bytes").asLong()).isPositive();
  }

  @Test
  void statsTextStartsWithTheDocumentCount() {
    Cli.Result result = cli.run("stats", "--index", index.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines().get(0)).isEqualTo("documents     " + CORPUS_ARTICLES);
  }

  private static List<String> sources(JsonNode result) {
    List<String> sources = new ArrayList<>();
    result.get("hits").forEach(h -> sources.add(h.get("source").asText()));
    return sources;
  }
}
