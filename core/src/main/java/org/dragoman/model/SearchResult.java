package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as asked
 * @param total the exact number of matching articles
 * @param hits the requested page of hits
 * @param nextCursor pass to {@link SearchRequest.Builder#cursor(String)} for the next page; null
 *     when this page is the last
 */
public record SearchResult(String query, long total, List<SearchHit> hits, String nextCursor) {
  public SearchResult {
    requireNonNull(query, "query");
    hits = List.copyOf(hits);
    if (total < hits.size()) {
      throw new IllegalArgumentException(
          "total " + total + " is less than " + hits.size() + " hits");
    }
  }
}
