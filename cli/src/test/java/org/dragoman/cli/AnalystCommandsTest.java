package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Facets, explanations, suggestions, colour, timeline and related articles through the command
 * line, over an index of part of the bundled corpus (the Kazinform article, the UN General Debate
 * statements dated only to the year, the Russian Meduza sample), built once.
 */
class AnalystCommandsTest {

  private static final String ANSI = "\u001B[";

  @TempDir static Path tmp;

  private static Path index;
  private static String kazinformId;

  private final Cli cli = new Cli();

  @BeforeAll
  static void indexPartOfTheCorpus() {
    index = tmp.resolve("index");
    Cli.Result indexed =
        new Cli()
            .run(
                "index",
                "--index",
                index.toString(),
                Cli.corpus().resolve("kazinform-2024-08-22-tokayev-rahmon.txt").toString(),
                Cli.corpus().resolve("ungdc-centralasia.jsonl.gz").toString(),
                Cli.corpus().resolve("meduza-golunov-ru-sample.jsonl.gz").toString());
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    JsonNode kazinform =
        JsonSchema.searchResult(
            new Cli()
                .run(
                    "search",
                    "--index",
                    index.toString(),
                    "--json",
                    "--source",
                    "Kazinform",
                    "Tokayev")
                .out()
                .strip());
    kazinformId = kazinform.get("hits").get(0).get("id").asText();
  }

  private Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(1, List.of("--index", index.toString()));
    return cli.run(all.toArray(String[]::new));
  }

  private static JsonNode searchJson(Cli.Result result) {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).hasSize(1);
    return JsonSchema.searchResult(result.outLines().get(0));
  }

  // --- facets

  @Test
  void facetsInJsonCountEveryMatchingArticleOncePerDimension() {
    JsonNode json = searchJson(run("search", "--json", "--facets", "--limit", "1", "Tajikistan"));

    long total = json.get("total").asLong();
    JsonNode facets = json.get("facets");
    assertThat(sum(facets.get("source"))).isEqualTo(total);
    assertThat(sum(facets.get("year"))).isEqualTo(total);
    assertThat(sum(facets.get("month")))
        .as("UN statements are dated to the year")
        .isLessThan(total);
    assertThat(values(facets.get("source"))).contains("UN General Debate", "Kazinform");
    assertThat(values(facets.get("lang"))).contains("en");
  }

  @Test
  void facetsOnlyWhenAsked() {
    JsonNode json = searchJson(run("search", "--json", "Tajikistan"));

    assertThat(json.has("facets")).isFalse();
  }

  @Test
  void facetsInTextFollowTheHits() {
    Cli.Result result = run("search", "--facets", "--limit", "2", "Tajikistan");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.outLines();
    assertThat(lines).anyMatch(l -> l.matches("by source  UN General Debate \\d+, .*"));
    assertThat(lines).anyMatch(l -> l.matches("by year    \\d{4} \\d+.*"));
    assertThat(lines)
        .anyMatch(l -> l.matches("by month   2024-08 1"))
        .anyMatch(l -> l.matches("by lang    en \\d+"));
    assertThat(indexOf(lines, "by source  .*")).isGreaterThan(indexOf(lines, "  2\\. .*"));
  }

  // --- explanations

  @Test
  void explainSaysWhichSpellingMatchedACyrillicQueryWord() {
    JsonNode json =
        searchJson(run("search", "--json", "--explain", "--source", "Kazinform", "Токаев"));

    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(kazinformId);
    assertThat(hit.get("matches"))
        .anySatisfy(
            m -> {
              assertThat(m.get("query_word").asText()).isEqualTo("Токаев");
              assertThat(m.get("matched").asText()).isEqualTo("Tokayev");
              assertThat(m.get("field").asText()).endsWith(".names");
            });
  }

  @Test
  void explainInTextNamesTheQueryWordAndTheSpelling() {
    Cli.Result result = run("search", "--explain", "--source", "Kazinform", "Токаев");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines())
        .anyMatch(l -> l.matches(" +matched Токаев as: Tokayev \\(.*names.*\\).*"));
  }

  @Test
  void withoutExplainHitsHaveNoMatches() {
    JsonNode json = searchJson(run("search", "--json", "Токаев"));

    json.get("hits").forEach(h -> assertThat(h.has("matches")).isFalse());
    assertThat(run("search", "Токаев").out()).doesNotContain("matched ");
  }

  // --- did you mean, title highlights

  @Test
  void aMisspelledQuerySuggestsWhatTheIndexKnows() {
    JsonNode json = searchJson(run("search", "--json", "Tajkistan"));

    assertThat(json.get("total").asLong()).isZero();
    assertThat(json.get("suggestions")).extracting(JsonNode::asText).contains("Tajikistan");
    Cli.Result text = run("search", "Tajkistan");
    assertThat(text.outLines().get(1)).startsWith("Did you mean: ").contains("Tajikistan");
  }

  @Test
  void aQueryThatFindsEnoughHasAnEmptySuggestionList() {
    JsonNode json = searchJson(run("search", "--json", "Tajikistan"));

    assertThat(json.get("total").asLong()).isGreaterThan(2);
    assertThat(json.get("suggestions")).isEmpty();
    assertThat(run("search", "Tajikistan").out()).doesNotContain("Did you mean");
  }

  @Test
  void hitsCarryTheTitleWithMarksBesideThePlainTitle() {
    JsonNode hit = searchJson(run("search", "--json", "--source", "Kazinform", "Rahmon"));

    JsonNode first = hit.get("hits").get(0);
    assertThat(first.get("title").asText()).doesNotContain("<mark>").contains("Rahmon");
    assertThat(first.get("title_snippet").asText()).contains("<mark>Rahmon</mark>");
  }

  // --- colour

  @Test
  void noColourWhenStdoutIsNotATerminal() {
    Cli.Result result = run("search", "Rahmon");

    assertThat(result.out()).contains("[Rahmon]").doesNotContain(ANSI);
  }

  @Test
  void colourWhenStdoutIsATerminal() {
    Cli.Result result =
        cli.stdoutIsTerminal(true).run("search", "--index", index.toString(), "Rahmon");

    assertThat(result.out())
        .contains(SearchOutput.COLOR_ON + "Rahmon" + SearchOutput.COLOR_OFF)
        .doesNotContain("[Rahmon]");
  }

  @Test
  void colourAlwaysAndNeverOverrideTheTerminal() {
    assertThat(run("search", "--color=always", "Rahmon").out()).contains(SearchOutput.COLOR_ON);
    assertThat(
            cli.stdoutIsTerminal(true)
                .run("search", "--index", index.toString(), "--color", "never", "Rahmon")
                .out())
        .doesNotContain(ANSI)
        .contains("[Rahmon]");
  }

  @Test
  void noColourOnATerminalWhenNoColorIsSet() {
    Cli.Result result =
        cli.stdoutIsTerminal(true)
            .env(ColorMode.NO_COLOR_ENV, "1")
            .run("search", "--index", index.toString(), "Rahmon");

    assertThat(result.out()).doesNotContain(ANSI);
  }

  @Test
  void jsonIsNeverColoured() {
    Cli.Result result =
        cli.stdoutIsTerminal(true)
            .run("search", "--index", index.toString(), "--json", "--color=always", "Rahmon");

    assertThat(result.out()).doesNotContain(ANSI);
    searchJson(result);
  }

  @Test
  void anUnknownColourIsBadUsage() {
    Cli.Result result = run("search", "--color=sometimes", "Rahmon");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("color sometimes is not one of auto, always, never");
  }

  // --- timeline

  @Test
  void timelineJsonIsTheSeriesAndSumsToTotalMinusUnplaced() {
    Cli.Result result = run("timeline", "--json", "Tajikistan");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = JsonSchema.parse(result.out().strip());
    assertThat(JsonSchema.fieldNames(json))
        .containsExactly("query", "by", "total", "periods", "unplaced");
    assertThat(json.get("by").asText()).isEqualTo("year");
    long searchTotal = searchJson(run("search", "--json", "Tajikistan")).get("total").asLong();
    assertThat(json.get("total").asLong()).isEqualTo(searchTotal);
    assertThat(sumCounts(json.get("periods")))
        .isEqualTo(json.get("total").asLong() - json.get("unplaced").asLong());
    assertThat(json.get("periods").get(0).get("period").asText()).matches("\\d{4}");
    assertThat(json.get("unplaced").asLong()).isZero();
  }

  @Test
  void timelineByMonthLeavesYearOnlyDatesUnplaced() {
    JsonNode json =
        JsonSchema.parse(run("timeline", "--json", "--by", "month", "Tajikistan").out());

    assertThat(json.get("by").asText()).isEqualTo("month");
    assertThat(json.get("unplaced").asLong()).isPositive();
    assertThat(sumCounts(json.get("periods")))
        .isEqualTo(json.get("total").asLong() - json.get("unplaced").asLong());
    json.get("periods").forEach(p -> assertThat(p.get("period").asText()).matches("\\d{4}-\\d\\d"));
  }

  @Test
  void timelineFiltersLikeSearch() {
    JsonNode json =
        JsonSchema.parse(
            run("timeline", "--json", "--from", "2000", "--to", "2009", "Tajikistan").out());

    assertThat(json.get("periods")).isNotEmpty();
    json.get("periods")
        .forEach(p -> assertThat(p.get("period").asText()).isBetween("2000", "2009"));
  }

  @Test
  void timelineInTextIsABarChartWithTheTotal() {
    Cli.Result result = run("timeline", "Tajikistan");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines().get(0)).matches("\\d+ results for \"Tajikistan\" by year");
    assertThat(result.outLines()).anyMatch(l -> l.matches("\\d{4} █+[▏▎▍▌▋▊▉]? +\\d+"));
    assertThat(result.err()).isEmpty();
  }

  @Test
  void timelineSvgIsWrittenAndIsXml() throws Exception {
    Path svg = tmp.resolve("tajikistan.svg");

    Cli.Result result = run("timeline", "--svg", svg.toString(), "Tajikistan");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains(svg.toString());
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(Files.readString(svg)).contains("Tajikistan");
  }

  @Test
  void timelineSvgIntoAMissingDirectoryIsBadUsage() {
    Cli.Result result =
        run("timeline", "--svg", tmp.resolve("no/such/dir/x.svg").toString(), "Tajikistan");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no/such/dir");
  }

  @Test
  void timelineByAnythingElseIsBadUsage() {
    Cli.Result result = run("timeline", "--by", "week", "Tajikistan");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("granularity week is not one of year, month");
  }

  @Test
  void timelineWithoutQueryIsBadUsage() {
    Cli.Result result = run("timeline");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("QUERY");
  }

  @Test
  void timelineOfABadQueryExits2() {
    Cli.Result result = run("timeline", "\"unclosed");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
  }

  // --- related

  @Test
  void relatedJsonIsASearchResultAboutTheArticle() {
    JsonNode json = searchJson(run("related", "--json", "--limit", "3", kazinformId));

    assertThat(json.get("query").asText()).isEqualTo("related to " + kazinformId);
    assertThat(json.get("hits")).hasSize(3);
    json.get("hits").forEach(h -> assertThat(h.get("id").asText()).isNotEqualTo(kazinformId));
  }

  @Test
  void relatedInTextLooksLikeSearch() {
    Cli.Result result = run("related", "--limit", "2", kazinformId);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines().get(0))
        .matches("\\d+ results for \"related to " + kazinformId + "\", showing 1-2");
    assertThat(result.outLines()).anyMatch(l -> l.matches(" +2\\. .+"));
  }

  @Test
  void relatedToAnUnknownIdExits2NamingIt() {
    Cli.Result result = run("related", "no-such-article");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("dragoman: ").contains("no-such-article");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void relatedWithALimitOutOfRangeIsBadUsage() {
    Cli.Result result = run("related", "--limit", "0", kazinformId);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("limit 0 is not between 1 and");
  }

  private static long sum(JsonNode counts) {
    long sum = 0;
    for (JsonNode count : counts) {
      sum += count.get("count").asLong();
    }
    return sum;
  }

  private static int indexOf(List<String> lines, String regex) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches(regex)) {
        return i;
      }
    }
    throw new AssertionError("no line matches " + regex + " in " + lines);
  }

  private static long sumCounts(JsonNode periods) {
    return sum(periods);
  }

  private static List<String> values(JsonNode counts) {
    List<String> values = new ArrayList<>();
    counts.forEach(c -> values.add(c.get("value").asText()));
    return values;
  }
}
