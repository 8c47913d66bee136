package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented search result schema, checked field by field and type by type: the fields every
 * result has, in order, then only the documented optional ones.
 */
final class JsonSchema {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonSchema() {}

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + line, e);
    }
  }

  /** The fields every search result has, in this order; the schema only ever adds fields. */
  static final List<String> RESULT_FIELDS =
      List.of("qid", "query", "total", "hits", "next_cursor", "suggestions");

  /** Fields a result has only when asked for. */
  static final List<String> OPTIONAL_RESULT_FIELDS = List.of("facets");

  static final List<String> HIT_FIELDS =
      List.of("id", "score", "date", "source", "title", "url", "snippet", "title_snippet");

  static final List<String> OPTIONAL_HIT_FIELDS = List.of("matches");

  /** Parses one line of search output and checks it against the schema. */
  static JsonNode searchResult(String line) {
    JsonNode result = parse(line);
    assertThat(fieldNames(result)).startsWith(RESULT_FIELDS.toArray(String[]::new));
    assertThat(fieldNames(result).subList(RESULT_FIELDS.size(), fieldNames(result).size()))
        .isSubsetOf(OPTIONAL_RESULT_FIELDS);
    assertThat(result.get("qid").isNull() || result.get("qid").isTextual()).isTrue();
    assertThat(result.get("query").isTextual()).isTrue();
    assertThat(result.get("total").isIntegralNumber()).isTrue();
    assertThat(result.get("hits").isArray()).isTrue();
    assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(result.get("hits").size());
    assertThat(result.get("next_cursor").isNull() || result.get("next_cursor").isTextual())
        .isTrue();
    assertThat(result.get("suggestions").isArray()).isTrue();
    result.get("suggestions").forEach(s -> assertThat(s.isTextual()).isTrue());
    if (result.has("facets")) {
      JsonNode facets = result.get("facets");
      assertThat(fieldNames(facets)).containsExactly("source", "year", "month", "lang");
      for (JsonNode dimension : facets) {
        assertThat(dimension.isArray()).isTrue();
        for (JsonNode count : dimension) {
          assertThat(fieldNames(count)).containsExactly("value", "count");
          assertThat(count.get("value").isTextual()).isTrue();
          assertThat(count.get("count").isIntegralNumber()).isTrue();
          assertThat(count.get("count").asLong()).isPositive();
        }
      }
    }
    for (JsonNode hit : result.get("hits")) {
      assertThat(fieldNames(hit)).startsWith(HIT_FIELDS.toArray(String[]::new));
      assertThat(fieldNames(hit).subList(HIT_FIELDS.size(), fieldNames(hit).size()))
          .isSubsetOf(OPTIONAL_HIT_FIELDS);
      assertThat(hit.get("id").isTextual()).isTrue();
      assertThat(hit.get("score").isNumber() || hit.get("score").isNull()).isTrue();
      assertThat(
              hit.get("date").isNull() || hit.get("date").asText().matches("\\d{4}(-\\d\\d){0,2}"))
          .isTrue();
      assertThat(hit.get("source").isNull() || hit.get("source").isTextual()).isTrue();
      assertThat(hit.get("title").isTextual()).isTrue();
      assertThat(hit.get("url").isNull() || hit.get("url").isTextual()).isTrue();
      assertThat(hit.get("snippet").isTextual()).isTrue();
      assertThat(hit.get("title_snippet").isTextual()).isTrue();
      // The highlighter gives the title's words with runs of white space as one space.
      assertThat(
              hit.get("title_snippet")
                  .asText()
                  .replace("<mark>", "")
                  .replace("</mark>", "")
                  .replaceAll("\\s+", " ")
                  .strip())
          .as("title_snippet is the title with marks")
          .isEqualTo(hit.get("title").asText().replaceAll("\\s+", " ").strip());
      if (hit.has("matches")) {
        for (JsonNode match : hit.get("matches")) {
          assertThat(fieldNames(match)).containsExactly("query_word", "matched", "field");
          match.forEach(v -> assertThat(v.isTextual()).isTrue());
        }
      }
    }
    return result;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
