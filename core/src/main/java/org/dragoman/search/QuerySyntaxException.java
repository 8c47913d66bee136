package org.dragoman.search;

/**
 * Query text that is not valid Dragoman query syntax. The message names the problem: {@code
 * unbalanced quotes: a " is not closed}, {@code date foo is not YYYY, YYYY-MM or YYYY-MM-DD ...}.
 */
public class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message) {
    super(message);
  }

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
