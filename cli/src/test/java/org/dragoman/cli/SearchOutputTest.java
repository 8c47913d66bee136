package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.FacetCount;
import org.dragoman.model.Facets;
import org.dragoman.model.Match;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;

/** The output formats on their own, with results made here: no index needed. */
class SearchOutputTest {

  private static final SearchHit KAZINFORM =
      new SearchHit(
          "kz-1",
          2.5f,
          ArticleDate.parse("2024-08-22"),
          "Kazinform",
          "Tokayev and Rahmon continue talks",
          null,
          "Presidents <mark>Tokayev</mark> and Rahmon\n continued talks");
  private static final SearchHit UNDATED =
      new SearchHit("un-1", 1.0f, null, null, "", "https://example.org/x", "");

  @Test
  void jsonIsOneLineThatFollowsTheSchema() {
    SearchResult result = new SearchResult("Tokayev", 7, List.of(KAZINFORM, UNDATED), "next-2");

    String line = SearchOutput.json("q1", result);

    assertThat(line).doesNotContain("\n");
    JsonNode json = JsonSchema.searchResult(line);
    assertThat(json.get("qid").asText()).isEqualTo("q1");
    assertThat(json.get("total").asLong()).isEqualTo(7);
    assertThat(json.get("next_cursor").asText()).isEqualTo("next-2");
    JsonNode first = json.get("hits").get(0);
    assertThat(first.get("date").asText()).isEqualTo("2024-08-22");
    assertThat(first.get("score").floatValue()).isEqualTo(2.5f);
    assertThat(first.get("snippet").asText()).contains("<mark>Tokayev</mark>");
    assertThat(json.get("hits").get(1).get("date").isNull()).isTrue();
  }

  @Test
  void aScoreThatWasNotComputedIsNull() {
    SearchHit unscored = new SearchHit("x", Float.NaN, null, null, "", null, "");

    JsonNode json =
        JsonSchema.searchResult(
            SearchOutput.json(null, new SearchResult("x", 1, List.of(unscored), null)));

    assertThat(json.get("hits").get(0).get("score").isNull()).isTrue();
  }

  @Test
  void aSingleQueryHasANullQid() {
    JsonNode json =
        JsonSchema.searchResult(SearchOutput.json(null, new SearchResult("x", 0, List.of(), null)));

    assertThat(json.get("qid").isNull()).isTrue();
    assertThat(json.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void aFailedQueryHasTheSchemaFieldsAndAnError() {
    JsonNode json = JsonSchema.parse(SearchOutput.jsonError("q9", "\"open", "unbalanced quote"));

    assertThat(JsonSchema.fieldNames(json))
        .containsExactly("qid", "query", "total", "hits", "next_cursor", "suggestions", "error");
    assertThat(json.get("suggestions")).isEmpty();
    assertThat(json.get("total").asLong()).isZero();
    assertThat(json.get("error").asText()).isEqualTo("unbalanced quote");
  }

  @Test
  void humanOutputStartsWithTheTotalThenRankDateSourceTitleSnippet() {
    SearchResult result = new SearchResult("Tokayev", 12, List.of(KAZINFORM, UNDATED), "c");

    List<String> lines = SearchOutput.human(null, result, 10).lines().toList();

    assertThat(lines.get(0)).isEqualTo("12 results for \"Tokayev\", showing 11-12");
    assertThat(lines)
        .contains(
            " 11. 2024-08-22  Kazinform  Tokayev and Rahmon continue talks",
            "     Presidents [Tokayev] and Rahmon continued talks",
            " 12. undated  -  (untitled)",
            "     https://example.org/x",
            "next page: --cursor c");
  }

  @Test
  void humanOutputOfABatchNamesTheQuery() {
    String text =
        SearchOutput.human("q1", new SearchResult("Tokayev", 1, List.of(KAZINFORM), null), 0);

    assertThat(text).startsWith("[q1] 1 result for \"Tokayev\"" + System.lineSeparator());
  }

  private static final SearchHit EXPLAINED =
      new SearchHit(
          "kz-2",
          3.0f,
          ArticleDate.parse("2024-08-22"),
          "Kazinform",
          "Токаев meets Rahmon",
          null,
          "President <mark>Токаев</mark> met <mark>Rakhmonov</mark>",
          "<mark>Токаев</mark> meets <mark>Rahmon</mark>",
          List.of(
              new Match("Tokayev", "Токаев", "title.names"),
              new Match("Rahmon", "Rahmon", "title"),
              new Match("Rahmon", "Rahmon", "title.names"),
              new Match("Tokayev", "Токаев", "body.names"),
              new Match("Rahmon", "Rakhmonov", "body.names")));

  private static final Facets FACETS =
      new Facets(
          List.of(new FacetCount("Kremlin", 9), new FacetCount("Kazinform", 1)),
          List.of(new FacetCount("2024", 4), new FacetCount("2019", 6)),
          IntStream.rangeClosed(1, 9)
              .mapToObj(m -> new FacetCount(String.format("2019-%02d", m), 10 - m))
              .toList(),
          List.of(new FacetCount("en", 10)));

  @Test
  void jsonHitsCarryTheHighlightedTitleBesideThePlainOne() {
    JsonNode hit =
        JsonSchema.searchResult(
                SearchOutput.json(null, new SearchResult("Tokayev", 1, List.of(EXPLAINED), null)))
            .get("hits")
            .get(0);

    assertThat(hit.get("title").asText()).isEqualTo("Токаев meets Rahmon");
    assertThat(hit.get("title_snippet").asText())
        .isEqualTo("<mark>Токаев</mark> meets <mark>Rahmon</mark>");
  }

  @Test
  void jsonSuggestionsAreAlwaysPresentAndEmptyWhenThereAreNone() {
    JsonNode none =
        JsonSchema.searchResult(SearchOutput.json(null, new SearchResult("x", 0, List.of(), null)));
    JsonNode some =
        JsonSchema.searchResult(
            SearchOutput.json(
                null,
                new SearchResult(
                    "Tokaev Rahmn", 0, List.of(), null, null, List.of("Tokaev Rahmon", "B"))));

    assertThat(none.get("suggestions")).isEmpty();
    assertThat(some.get("suggestions"))
        .extracting(JsonNode::asText)
        .containsExactly("Tokaev Rahmon", "B");
  }

  @Test
  void jsonFacetsOnlyWhenTheResultHasThemInTheirOrder() {
    SearchResult withFacets =
        new SearchResult("Tokayev", 10, List.of(KAZINFORM), null, FACETS, List.of());

    JsonNode json = JsonSchema.searchResult(SearchOutput.json(null, withFacets));
    JsonNode plain =
        JsonSchema.searchResult(
            SearchOutput.json(null, new SearchResult("Tokayev", 1, List.of(KAZINFORM), null)));

    assertThat(plain.has("facets")).isFalse();
    JsonNode source = json.get("facets").get("source");
    assertThat(source.get(0).get("value").asText()).isEqualTo("Kremlin");
    assertThat(source.get(0).get("count").asLong()).isEqualTo(9);
    assertThat(json.get("facets").get("year").get(0).get("value").asText()).isEqualTo("2019");
    assertThat(json.get("facets").get("month")).hasSize(9);
    assertThat(json.get("facets").get("lang").get(0).get("count").asLong()).isEqualTo(10);
  }

  @Test
  void jsonMatchesOnlyWhenExplanationsWereAsked() {
    SearchResult result = new SearchResult("Tokayev Rahmon", 1, List.of(EXPLAINED), null);

    JsonNode explained =
        JsonSchema.searchResult(SearchOutput.json(null, result, true)).get("hits").get(0);
    JsonNode plain = JsonSchema.searchResult(SearchOutput.json(null, result)).get("hits").get(0);

    assertThat(plain.has("matches")).isFalse();
    JsonNode first = explained.get("matches").get(0);
    assertThat(first.get("query_word").asText()).isEqualTo("Tokayev");
    assertThat(first.get("matched").asText()).isEqualTo("Токаев");
    assertThat(first.get("field").asText()).isEqualTo("title.names");
    assertThat(explained.get("matches")).hasSize(5);
  }

  @Test
  void humanOutputSaysDidYouMeanAfterTheTotal() {
    SearchResult result =
        new SearchResult(
            "Tokaev Rahmn", 0, List.of(), null, null, List.of("Tokaev Rahmon", "Tokaev Rakhmon"));

    List<String> lines = SearchOutput.human(null, result, 0).lines().toList();

    assertThat(lines)
        .containsExactly(
            "0 results for \"Tokaev Rahmn\"", "Did you mean: Tokaev Rahmon? Or: Tokaev Rakhmon");
  }

  @Test
  void humanOutputHasNoDidYouMeanWithoutSuggestions() {
    assertThat(SearchOutput.human(null, new SearchResult("x", 0, List.of(), null), 0))
        .doesNotContain("Did you mean");
  }

  @Test
  void humanOutputMarksTitleAndSnippetInBracketsWithoutColour() {
    String text =
        SearchOutput.human(null, new SearchResult("Tokayev", 1, List.of(EXPLAINED), null), 0);

    assertThat(text)
        .contains("  1. 2024-08-22  Kazinform  [Токаев] meets [Rahmon]")
        .contains("     President [Токаев] met [Rakhmonov]")
        .doesNotContain("\u001B");
  }

  @Test
  void humanOutputInColourUsesAnsiInsteadOfBrackets() {
    String text =
        SearchOutput.human(
            null,
            new SearchResult("Tokayev", 1, List.of(EXPLAINED), null),
            0,
            new SearchOutput.HumanStyle(true, false));

    assertThat(text)
        .contains(SearchOutput.COLOR_ON + "Токаев" + SearchOutput.COLOR_OFF + " meets ")
        .contains("President " + SearchOutput.COLOR_ON + "Токаев" + SearchOutput.COLOR_OFF)
        .doesNotContain("[Токаев]");
  }

  @Test
  void humanExplanationsGroupSpellingsAndFieldsPerQueryWord() {
    String text =
        SearchOutput.human(
            null,
            new SearchResult("Tokayev Rahmon", 1, List.of(EXPLAINED), null),
            0,
            new SearchOutput.HumanStyle(false, true));

    assertThat(text.lines())
        .containsSubsequence(
            "     President [Токаев] met [Rakhmonov]",
            "     matched Tokayev as: Токаев (title.names, body.names)",
            "     matched Rahmon as: Rahmon (title, title.names), Rakhmonov (body.names)");
  }

  @Test
  void humanFacetsFollowTheHitsWithOnlyTheBusiestMonths() {
    SearchResult result =
        new SearchResult("Tokayev", 10, List.of(KAZINFORM), null, FACETS, List.of());

    List<String> lines = SearchOutput.human(null, result, 0).lines().toList();

    assertThat(lines)
        .endsWith(
            "",
            "by source  Kremlin 9, Kazinform 1",
            "by year    2019 6, 2024 4",
            "by month   2019-01 9, 2019-02 8, 2019-03 7, 2019-04 6, 2019-05 5, 2019-06 4 (+3 more)",
            "by lang    en 10");
  }

  @Test
  void queryLinesHaveAnOptionalIdBeforeATab() {
    assertThat(SearchCommand.parseQueryLine("q1\tTokayev Rahmon"))
        .isEqualTo(new SearchCommand.Query("q1", "Tokayev Rahmon"));
    assertThat(SearchCommand.parseQueryLine("Tokayev Rahmon\r"))
        .isEqualTo(new SearchCommand.Query(null, "Tokayev Rahmon"));
  }
}
