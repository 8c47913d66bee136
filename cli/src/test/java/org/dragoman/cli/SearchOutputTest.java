package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dragoman.model.ArticleDate;
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
        .containsExactly("qid", "query", "total", "hits", "next_cursor", "error");
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

  @Test
  void queryLinesHaveAnOptionalIdBeforeATab() {
    assertThat(SearchCommand.parseQueryLine("q1\tTokayev Rahmon"))
        .isEqualTo(new SearchCommand.Query("q1", "Tokayev Rahmon"));
    assertThat(SearchCommand.parseQueryLine("Tokayev Rahmon\r"))
        .isEqualTo(new SearchCommand.Query(null, "Tokayev Rahmon"));
  }
}
