package org.dragoman.model;

import static java.util.Objects.requireNonNull;

/**
 * One article found by a search.
 *
 * @param id the article's id
 * @param score relevance score (higher is better); comparable only within one result
 * @param date the article's date, or null
 * @param source the article's source, or null
 * @param title the article's title, possibly empty
 * @param url the article's url, or null
 * @param snippet a passage of the body with matches wrapped in {@code <mark>...</mark>}; the start
 *     of the body when nothing in it matched
 */
public record SearchHit(
    String id,
    float score,
    ArticleDate date,
    String source,
    String title,
    String url,
    String snippet) {
  public SearchHit {
    requireNonNull(id, "id");
    title = title == null ? "" : title;
    snippet = snippet == null ? "" : snippet;
  }
}
