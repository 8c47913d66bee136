package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * <pre>{@code
 * SearchResult result = index.search(SearchRequest.builder("Tokaev Rahmn").facets(true).build());
 * if (result.total() == 0 && !result.suggestions().isEmpty()) {
 *   System.out.println("Did you mean: " + result.suggestions().get(0)); // Tokayev Rahmon
 * }
 * }</pre>
 *
 * @param query the query text as asked
 * @param total the exact number of matching articles
 * @param hits the requested page of hits
 * @param nextCursor pass to {@link SearchRequest.Builder#cursor(String)} for the next page; null
 *     when this page is the last
 * @param facets counts of all matching articles by source, year, month and language; null unless
 *     the request asked for {@link SearchRequest#facets()}
 * @param suggestions other query texts, best first, that replace misspelled words by words the
 *     index knows and find more articles; computed only when the query finds fewer than {@value
 *     #SUGGEST_BELOW} articles, otherwise empty
 */
public record SearchResult(
    String query,
    long total,
    List<SearchHit> hits,
    String nextCursor,
    Facets facets,
    List<String> suggestions) {

  /** Results with fewer matching articles than this come with spelling suggestions. */
  public static final int SUGGEST_BELOW = 3;

  public SearchResult {
    requireNonNull(query, "query");
    hits = List.copyOf(hits);
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    if (total < hits.size()) {
      throw new IllegalArgumentException(
          "total " + total + " is less than " + hits.size() + " hits");
    }
  }

  /** A result without facets and suggestions. */
  public SearchResult(String query, long total, List<SearchHit> hits, String nextCursor) {
    this(query, total, hits, nextCursor, null, List.of());
  }
}
