package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.dragoman.model.FacetCount;
import org.dragoman.model.Facets;
import org.dragoman.model.Match;
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
 *            "snippet": "... &lt;mark&gt;Tokayev&lt;/mark&gt; ...",
 *            "title_snippet": "&lt;mark&gt;Tokayev&lt;/mark&gt; meets ...",
 *            "matches": [{"query_word": "Tokayev", "matched": "Токаев", "field": "body.names"}]}],
 *  "next_cursor": "..." or null,
 *  "suggestions": ["Tokayev Rahmon"],
 *  "facets": {"source": [{"value": "Kremlin", "count": 9}], "year": [...], "month": [...],
 *             "lang": [...]}}
 * </pre>
 *
 * Fields are only ever added, never renamed or removed. {@code suggestions} is always present
 * (empty when the query found enough); {@code matches} only with {@code --explain}; {@code facets}
 * only with {@code --facets}. A query of a batch that fails (a syntax error) gives {@code "total":
 * 0, "hits": [], "suggestions": []} and an {@code "error"} field with the reason.
 */
final class SearchOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchOutput() {}

  /** ANSI: bold red on, and everything off. */
  static final String COLOR_ON = "\u001B[1;31m";

  static final String COLOR_OFF = "\u001B[0m";

  /** Values shown per facet dimension in text; the rest are counted in "(+N more)". */
  private static final int FACET_VALUES_SHOWN = 10;

  /** Months are many (one per month with an article): only the busiest few fit on a line. */
  private static final int FACET_MONTHS_SHOWN = 6;

  /**
   * How results are shown to people.
   *
   * @param color highlights in ANSI colour instead of [brackets]
   * @param explain a line per query word naming the spellings that matched it
   */
  record HumanStyle(boolean color, boolean explain) {
    static final HumanStyle PLAIN = new HumanStyle(false, false);
  }

  /** One JSON object on one line, no line break at the end; no {@code matches}. */
  static String json(String qid, SearchResult result) {
    return json(qid, result, false);
  }

  /**
   * One JSON object on one line, no line break at the end.
   *
   * @param explain whether hits carry {@code matches} (the request asked for explanations)
   */
  static String json(String qid, SearchResult result, boolean explain) {
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
      json.put("title_snippet", hit.titleSnippet());
      if (explain) {
        ArrayNode matches = json.putArray("matches");
        for (Match match : hit.matches()) {
          matches
              .addObject()
              .put("query_word", match.queryWord())
              .put("matched", match.matchedText())
              .put("field", match.field());
        }
      }
    }
    line.put("next_cursor", result.nextCursor());
    ArrayNode suggestions = line.putArray("suggestions");
    result.suggestions().forEach(suggestions::add);
    if (result.facets() != null) {
      ObjectNode facets = line.putObject("facets");
      facetsJson(facets.putArray("source"), result.facets().source());
      facetsJson(facets.putArray("year"), result.facets().year());
      facetsJson(facets.putArray("month"), result.facets().month());
      facetsJson(facets.putArray("lang"), result.facets().lang());
    }
    return write(line);
  }

  private static void facetsJson(ArrayNode array, List<FacetCount> counts) {
    for (FacetCount count : counts) {
      array.addObject().put("value", count.value()).put("count", count.count());
    }
  }

  /** The JSON line of a query that could not run. */
  static String jsonError(String qid, String query, String error) {
    ObjectNode line = JSON.createObjectNode();
    line.put("qid", qid);
    line.put("query", query);
    line.put("total", 0);
    line.putArray("hits");
    line.putNull("next_cursor");
    line.putArray("suggestions");
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
   * Matches in titles and snippets are shown in [brackets], or in colour with {@code
   * style.color()}. Suggestions follow the total ("Did you mean: ..."), facets follow the hits.
   */
  static String human(String qid, SearchResult result, int offset) {
    return human(qid, result, offset, HumanStyle.PLAIN);
  }

  /** The readable list in the given style. */
  static String human(String qid, SearchResult result, int offset, HumanStyle style) {
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
    if (!result.suggestions().isEmpty()) {
      text.append(didYouMean(result.suggestions())).append(System.lineSeparator());
    }
    int rank = offset;
    for (SearchHit hit : result.hits()) {
      rank++;
      text.append(System.lineSeparator())
          .append(String.format(Locale.ROOT, "%3d. ", rank))
          .append(hit.date() == null ? "undated" : hit.date())
          .append("  ")
          .append(hit.source() == null ? "-" : hit.source())
          .append("  ")
          .append(
              hit.title().isBlank() ? "(untitled)" : highlighted(hit.titleSnippet(), style.color()))
          .append(System.lineSeparator());
      if (!hit.snippet().isBlank()) {
        text.append("     ")
            .append(highlighted(hit.snippet(), style.color()))
            .append(System.lineSeparator());
      }
      if (style.explain()) {
        explanation(hit.matches())
            .forEach(l -> text.append("     ").append(l).append(System.lineSeparator()));
      }
      if (hit.url() != null) {
        text.append("     ").append(hit.url()).append(System.lineSeparator());
      }
    }
    if (result.facets() != null) {
      text.append(System.lineSeparator()).append(facets(result.facets()));
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
    return highlighted(snippet, false);
  }

  /** A {@code <mark>}ed text on one line: marks as [brackets], or as ANSI colour. */
  static String highlighted(String marked, boolean color) {
    return oneLine(
        marked
            .replace("<mark>", color ? COLOR_ON : "[")
            .replace("</mark>", color ? COLOR_OFF : "]"));
  }

  /** {@code Did you mean: A?}, then the other suggestions. */
  static String didYouMean(List<String> suggestions) {
    String line = "Did you mean: " + suggestions.get(0) + "?";
    if (suggestions.size() > 1) {
      line += " Or: " + String.join("; ", suggestions.subList(1, suggestions.size()));
    }
    return line;
  }

  /**
   * One line per query word, in order of appearance: {@code matched Tokayev as: Tokayev (title,
   * body), Токаев (body.names)}.
   */
  static List<String> explanation(List<Match> matches) {
    Map<String, Map<String, List<String>>> byWord = new LinkedHashMap<>();
    for (Match match : matches) {
      byWord
          .computeIfAbsent(match.queryWord(), w -> new LinkedHashMap<>())
          .computeIfAbsent(match.matchedText(), t -> new ArrayList<>())
          .add(match.field());
    }
    List<String> lines = new ArrayList<>();
    byWord.forEach(
        (word, spellings) -> {
          StringJoiner joined = new StringJoiner(", ");
          spellings.forEach(
              (spelling, fields) ->
                  joined.add(oneLine(spelling) + " (" + String.join(", ", fields) + ")"));
          lines.add("matched " + word + " as: " + joined);
        });
    return lines;
  }

  /** One line per dimension, the most frequent values first, the rest counted. */
  static String facets(Facets facets) {
    String nl = System.lineSeparator();
    return "by source  "
        + facetLine(facets.source(), FACET_VALUES_SHOWN)
        + nl
        + "by year    "
        + facetLine(facets.year(), FACET_VALUES_SHOWN)
        + nl
        + "by month   "
        + facetLine(facets.month(), FACET_MONTHS_SHOWN)
        + nl
        + "by lang    "
        + facetLine(facets.lang(), FACET_VALUES_SHOWN)
        + nl;
  }

  private static String facetLine(List<FacetCount> counts, int shown) {
    if (counts.isEmpty()) {
      return "-";
    }
    StringJoiner line = new StringJoiner(", ");
    counts.stream().limit(shown).forEach(c -> line.add(c.value() + " " + c.count()));
    int rest = counts.size() - Math.min(shown, counts.size());
    return line + (rest > 0 ? " (+" + rest + " more)" : "");
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
