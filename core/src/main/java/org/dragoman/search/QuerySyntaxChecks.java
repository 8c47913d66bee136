package org.dragoman.search;

import org.apache.lucene.queryparser.classic.ParseException;

/**
 * Checks that Lucene's generated parser reports only as a lexical error at some column, so that the
 * message can name the problem instead.
 */
final class QuerySyntaxChecks {

  private QuerySyntaxChecks() {}

  /** Rejects empty text, unclosed quotes and unbalanced parentheses. */
  static void check(String text) {
    if (text == null || text.isBlank()) {
      throw new QuerySyntaxException("query is empty: give at least one word");
    }
    boolean inQuotes = false;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // the next character is escaped
      } else if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && c == '(') {
        depth++;
      } else if (!inQuotes && c == ')') {
        depth--;
        if (depth < 0) {
          throw new QuerySyntaxException(
              "unbalanced parentheses in query "
                  + text.strip()
                  + ": the ) at position "
                  + (i + 1)
                  + " has no matching (");
        }
      }
    }
    if (inQuotes) {
      throw new QuerySyntaxException(
          "unbalanced quotes in query " + text.strip() + ": a \" is not closed");
    }
    if (depth > 0) {
      throw new QuerySyntaxException(
          "unbalanced parentheses in query " + text.strip() + ": a ( is not closed");
    }
  }

  /**
   * The reason of a parse failure: Dragoman's own message when a field or value was wrong, else the
   * first line of Lucene's message.
   */
  static String reason(ParseException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
