package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchResult;

/**
 * Search results as text for people and as JSON Lines for scripts.
 *
 * <p>The JSON schema, one object per line and per query (stable: scripts and evaluation tools
 * depend on it):
 *
 * <pre>
 * {"qid": "q1" or null, "query": "Tokayev", "total": 12,
 *  "hits": [{"id": "...", "score": 3.2 or null, "date": "2024-08-22" or "2019" or null,
 *            "source": "Kazinform" or null, "title": "...", "url": "..." or null,
 *            "snippet": "... &lt;mark&gt;Tokayev&lt;/mark&gt; ..."}],
 *  "next_cursor": "..." or null}
 * </pre>
 *
 * A query of a batch that fails (a syntax error) gives {@code "total": 0, "hits": []} and an {@code
 * "error"} field with the reason.
 */
final class SearchOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchOutput() {}

  /** One JSON object on one line, no line break at the end. */
  static String json(String qid, SearchResult result) {
    ObjectNode line = JSON.createObjectNode();
    line.put("qid", qid);
    line.put("query", result.query());
    line.put("total", result.total());
    ArrayNode hits = line.putArray("hits");
    for (SearchHit hit : result.hits()) {
      ObjectNode json = hits.addObject();
      json.put("id", hit.id());
      if (Float.isFinite(hit.score())) {
        json.put("score", hit.score());
      } else {
        json.putNull("score"); // not computed (e.g. a date order): JSON has no NaN
      }
      json.put("date", hit.date() == null ? null : hit.date().toString());
      json.put("source", hit.source());
      json.put("title", hit.title());
      json.put("url", hit.url());
      json.put("snippet", hit.snippet());
    }
    line.put("next_cursor", result.nextCursor());
    return write(line);
  }

  /** The JSON line of a query that could not run. */
  static String jsonError(String qid, String query, String error) {
    ObjectNode line = JSON.createObjectNode();
    line.put("qid", qid);
    line.put("query", query);
    line.put("total", 0);
    line.putArray("hits");
    line.putNull("next_cursor");
    line.put("error", error);
    return write(line);
  }

  /**
   * A readable list, the total first:
   *
   * <pre>
   * 2 results for "Tokayev"
   *
   *  1. 2024-08-22  Kazinform  Presidents of Kazakhstan and Tajikistan ...
   *     ... [Tokayev] stressed that the main goal ...
   * </pre>
   *
   * Matches in snippets are shown in [brackets].
   */
  static String human(String qid, SearchResult result, int offset) {
    StringBuilder text = new StringBuilder();
    if (qid != null) {
      text.append('[').append(qid).append("] ");
    }
    text.append(result.total())
        .append(result.total() == 1 ? " result" : " results")
        .append(" for \"")
        .append(result.query())
        .append('"');
    if (!result.hits().isEmpty() && result.hits().size() < result.total()) {
      text.append(
          String.format(Locale.ROOT, ", showing %d-%d", offset + 1, offset + result.hits().size()));
    }
    text.append(System.lineSeparator());
    int rank = offset;
    for (SearchHit hit : result.hits()) {
      rank++;
      text.append(System.lineSeparator())
          .append(String.format(Locale.ROOT, "%3d. ", rank))
          .append(hit.date() == null ? "undated" : hit.date())
          .append("  ")
          .append(hit.source() == null ? "-" : hit.source())
          .append("  ")
          .append(hit.title().isBlank() ? "(untitled)" : oneLine(hit.title()))
          .append(System.lineSeparator());
      if (!hit.snippet().isBlank()) {
        text.append("     ").append(readableSnippet(hit.snippet())).append(System.lineSeparator());
      }
      if (hit.url() != null) {
        text.append("     ").append(hit.url()).append(System.lineSeparator());
      }
    }
    if (result.nextCursor() != null) {
      text.append(System.lineSeparator())
          .append("next page: --cursor ")
          .append(result.nextCursor())
          .append(System.lineSeparator());
    }
    return text.toString();
  }

  static String readableSnippet(String snippet) {
    return oneLine(snippet.replace("<mark>", "[").replace("</mark>", "]"));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises; this would be a bug.
      throw new UncheckedIOException(e);
    }
  }
}
