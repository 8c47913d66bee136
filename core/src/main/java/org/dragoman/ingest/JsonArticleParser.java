package org.dragoman.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;

/**
 * One JSON Lines line to an {@link Article}: the known fields (id, date, source, title, body, lang,
 * url, cited_sources) are checked for type and form; any other field is kept as metadata text.
 */
final class JsonArticleParser {

  private static final Set<String> KNOWN_FIELDS =
      Set.of("id", "date", "source", "title", "body", "lang", "url", "cited_sources");

  /** Values quoted in messages are cut to this many characters. */
  private static final int QUOTE_LIMIT = 60;

  private final ObjectMapper mapper;

  JsonArticleParser(int maxLineBytes) {
    // A string may be as long as a line: Jackson's default cap (20M chars) is lower.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(maxLineBytes).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    this.mapper =
        JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /**
   * Parses one line of well-formed UTF-8.
   *
   * @throws InvalidItemException with the reason a user reads
   */
  Article parse(byte[] utf8, int length) throws InvalidItemException {
    JsonNode node;
    try {
      node = mapper.readTree(utf8, 0, length);
    } catch (JsonProcessingException e) {
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      String where = column > 0 ? " at column " + column : "";
      if (e.getOriginalMessage().startsWith("Trailing token")) {
        throw new InvalidItemException(
            "more than one JSON value on the line: unexpected content" + where, e);
      }
      throw new InvalidItemException(
          "malformed JSON" + where + ": " + withoutSourceNote(e.getOriginalMessage()), e);
    } catch (IOException e) {
      // Parsing a byte array does no I/O; anything here is still about the line's content.
      throw new InvalidItemException("unreadable JSON: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new InvalidItemException(
          "line is " + describe(node) + ", not a JSON object with the article's fields");
    }
    return toArticle(node);
  }

  /**
   * Jackson's message without its note on where the source is ("[Source: REDACTED
   * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1]"): the problem
   * already names the file and line.
   */
  static String withoutSourceNote(String message) {
    return message.replaceAll("\\[Source: [^;]*; line: \\d+, column: (\\d+)\\]", "column $1");
  }

  private static Article toArticle(JsonNode node) throws InvalidItemException {
    String body = text(node, "body");
    if (body == null) {
      throw new InvalidItemException("body is missing: every article needs a text");
    }
    if (body.isBlank()) {
      throw new InvalidItemException("body is blank: every article needs a text");
    }
    ArticleDate date = date(node);
    String source = text(node, "source");
    String title = text(node, "title");
    String id = id(node);
    Article.Builder article =
        Article.builder()
            .id(id != null ? id : ContentId.of(source, date, title, body))
            .date(date)
            .source(source)
            .title(title)
            .body(body)
            .lang(text(node, "lang"))
            .url(text(node, "url"))
            .citedSources(citedSources(node));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!KNOWN_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
        JsonNode value = field.getValue();
        article.metadata(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
      }
    }
    try {
      return article.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidItemException(e.getMessage(), e);
    }
  }

  /** A string field, or null when absent or JSON null; any other type is an error. */
  private static String text(JsonNode node, String field) throws InvalidItemException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidItemException(field + " is " + describe(value) + ", not a string");
    }
    return value.textValue();
  }

  // Scrapers often write numeric ids; they are still ids.
  private static String id(JsonNode node) throws InvalidItemException {
    JsonNode value = node.get("id");
    if (value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    String id = text(node, "id");
    if (id != null && id.isBlank()) {
      throw new InvalidItemException("id is blank: leave it out to get a content-derived id");
    }
    return id == null ? null : id.strip();
  }

  private static ArticleDate date(JsonNode node) throws InvalidItemException {
    String date = text(node, "date");
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return ArticleDate.parse(date);
    } catch (IllegalArgumentException e) {
      throw new InvalidItemException(
          "date \"" + quote(date) + "\" is not YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)",
          e);
    }
  }

  private static List<String> citedSources(JsonNode node) throws InvalidItemException {
    JsonNode value = node.get("cited_sources");
    List<String> cited = new ArrayList<>();
    if (value == null || value.isNull()) {
      return cited;
    }
    if (!value.isArray()) {
      throw new InvalidItemException(
          "cited_sources is " + describe(value) + ", not an array of strings");
    }
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw new InvalidItemException(
            "cited_sources holds " + describe(element) + ", not only strings");
      }
      if (!element.textValue().isBlank()) {
        cited.add(element.textValue().strip());
      }
    }
    return cited;
  }

  /** "a number (42)", "an object ({"a":1})", "a string ("x")": the type and the value. */
  private static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "empty";
    }
    String type =
        switch (value.getNodeType()) {
          case NUMBER -> "a number";
          case BOOLEAN -> "a boolean";
          case ARRAY -> "an array";
          case OBJECT -> "an object";
          case STRING -> "a string";
          case NULL -> "null";
          default -> "a " + value.getNodeType().name().toLowerCase();
        };
    return value.isNull() ? type : type + " (" + quote(value.toString()) + ")";
  }

  private static String quote(String value) {
    return value.length() <= QUOTE_LIMIT ? value : value.substring(0, QUOTE_LIMIT) + "...";
  }
}
