package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One article found by a search.
 *
 * <pre>{@code
 * for (SearchHit hit : result.hits()) {
 *   System.out.println(hit.date() + " " + hit.titleSnippet());
 *   System.out.println("  " + hit.snippet());
 *   hit.matches().forEach(m -> System.out.println("  " + m.queryWord() + " = " + m.matchedText()));
 * }
 * }</pre>
 *
 * @param id the article's id
 * @param score relevance score (higher is better); comparable only within one result
 * @param date the article's date, or null
 * @param source the article's source, or null
 * @param title the article's title as written, possibly empty
 * @param url the article's url, or null
 * @param snippet a passage of the body with matches wrapped in {@code <mark>...</mark>}; the start
 *     of the body when nothing in it matched
 * @param titleSnippet the whole title with matches wrapped in {@code <mark>...</mark>}; the plain
 *     title when nothing in it matched
 * @param matches which text of the article matched which query word, in order of appearance (title
 *     first), each combination once; empty unless the request asked to {@link
 *     SearchRequest#explain()}
 */
public record SearchHit(
    String id,
    float score,
    ArticleDate date,
    String source,
    String title,
    String url,
    String snippet,
    String titleSnippet,
    List<Match> matches) {
  public SearchHit {
    requireNonNull(id, "id");
    title = title == null ? "" : title;
    snippet = snippet == null ? "" : snippet;
    titleSnippet = titleSnippet == null || titleSnippet.isEmpty() ? title : titleSnippet;
    matches = matches == null ? List.of() : List.copyOf(matches);
  }

  /** A hit without title highlights and explanations. */
  public SearchHit(
      String id,
      float score,
      ArticleDate date,
      String source,
      String title,
      String url,
      String snippet) {
    this(id, score, date, source, title, url, snippet, title, List.of());
  }
}
