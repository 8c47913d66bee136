package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The documented search result schema, checked field by field and type by type. */
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

  /** Parses one line of search output and checks it against the schema. */
  static JsonNode searchResult(String line) {
    JsonNode result = parse(line);
    assertThat(fieldNames(result)).containsExactly("qid", "query", "total", "hits", "next_cursor");
    assertThat(result.get("qid").isNull() || result.get("qid").isTextual()).isTrue();
    assertThat(result.get("query").isTextual()).isTrue();
    assertThat(result.get("total").isIntegralNumber()).isTrue();
    assertThat(result.get("hits").isArray()).isTrue();
    assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(result.get("hits").size());
    assertThat(result.get("next_cursor").isNull() || result.get("next_cursor").isTextual())
        .isTrue();
    for (JsonNode hit : result.get("hits")) {
      assertThat(fieldNames(hit))
          .containsExactly("id", "score", "date", "source", "title", "url", "snippet");
      assertThat(hit.get("id").isTextual()).isTrue();
      assertThat(hit.get("score").isNumber() || hit.get("score").isNull()).isTrue();
      assertThat(
              hit.get("date").isNull() || hit.get("date").asText().matches("\\d{4}(-\\d\\d){0,2}"))
          .isTrue();
      assertThat(hit.get("source").isNull() || hit.get("source").isTextual()).isTrue();
      assertThat(hit.get("title").isTextual()).isTrue();
      assertThat(hit.get("url").isNull() || hit.get("url").isTextual()).isTrue();
      assertThat(hit.get("snippet").isTextual()).isTrue();
    }
    return result;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
