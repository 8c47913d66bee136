package org.dragoman.model;

import static java.util.Objects.requireNonNull;

/**
 * Why a hit matched: a word of the query and the text in the article it matched, as written there.
 * A stemmed match shows {@code talks} matching {@code talk}; a name-variant match shows {@code
 * Tokayev} matching {@code Токаев}.
 *
 * <pre>{@code
 * new Match("Tokayev", "Токаев", "body.names");
 * }</pre>
 *
 * @param queryWord the word (or pattern, like {@code Tok*}) as typed in the query
 * @param matchedText the article's text that matched it, as written in the article
 * @param field the index field in which the two matched: {@code title} or {@code body} for the
 *     plain analysis, or a field of another analysis of the same text such as {@code body.names}
 */
public record Match(String queryWord, String matchedText, String field) {
  public Match {
    requireNonNull(queryWord, "queryWord");
    requireNonNull(matchedText, "matchedText");
    requireNonNull(field, "field");
  }
}
