package org.dragoman.search;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Checks that Lucene's generated parser reports only as a lexical error at some column, so that the
 * message can name the problem instead.
 */
final class QuerySyntaxChecks {

  /** Longer queries are shortened in messages: a message must fit on a screen. */
  static final int QUOTE_LIMIT = 80;

  /**
   * Groups nested deeper than this are rejected: the generated parser recurses once per level, and
   * thousands of {@code (} would overflow its stack.
   */
  static final int MAX_NESTING = 100;

  private QuerySyntaxChecks() {}

  /**
   * The query as messages show it: on one line (line breaks and control characters as spaces),
   * stripped, and shortened to {@value #QUOTE_LIMIT} characters.
   */
  static String quote(String text) {
    String stripped =
        text == null ? "" : text.replaceAll("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
    if (stripped.length() <= QUOTE_LIMIT) {
      return stripped;
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
      end--; // never cut a character in two
    }
    return stripped.substring(0, end) + "... (" + stripped.length() + " characters)";
  }

  /** Rejects empty text, unclosed quotes, unbalanced parentheses and too deep nesting. */
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
        if (depth > MAX_NESTING) {
          throw new QuerySyntaxException(
              "query "
                  + quote(text)
                  + " nests groups more than "
                  + MAX_NESTING
                  + " deep: use fewer parentheses");
        }
      } else if (!inQuotes && c == ')') {
        depth--;
        if (depth < 0) {
          throw new QuerySyntaxException(
              "unbalanced parentheses in query "
                  + quote(text)
                  + ": the ) at position "
                  + (i + 1)
                  + " has no matching (");
        }
      }
    }
    if (inQuotes) {
      throw new QuerySyntaxException(
          "unbalanced quotes in query " + quote(text) + ": a \" is not closed");
    }
    if (depth > 0) {
      throw new QuerySyntaxException(
          "unbalanced parentheses in query " + quote(text) + ": a ( is not closed");
    }
  }

  /**
   * The reason of a parse failure: Dragoman's own message when a field or value was wrong, else the
   * first line of Lucene's message.
   */
  static String reason(ParseException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return "it has more than "
          + IndexSearcher.getMaxClauseCount()
          + " clauses (each word is searched in every text field): use fewer words";
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
