package org.dragoman.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain words of a query text that a spelling correction may replace, with their place in the
 * text: words searched as text, positive, not patterns. Field names, operators, keyword values
 * ({@code source:kazinform}), negated words, patterns ({@code Tok*}, {@code Tokaev~}) and ranges
 * are left alone.
 *
 * <pre>{@code
 * QueryWords.correctable("Tokaev -Putin source:tass title:Dushanbe");
 * // [Tokaev at 0..6, Dushanbe at 31..39]
 * }</pre>
 */
final class QueryWords {

  /** One word: {@code text} is {@code query.substring(start, end)}. */
  record Word(int start, int end, String text) {}

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
  private static final Set<String> TEXT_FIELDS = Set.of("title", "body");

  private QueryWords() {}

  static List<Word> correctable(String query) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (!OPERATORS.contains(m.group())
          && !isFieldName(query, end)
          && !isPattern(query, end)
          && !isNegated(query, start)
          && !inRangeOrRegexp(query, start)
          && inTextField(query, start)) {
        words.add(new Word(start, end, m.group()));
      }
    }
    return words;
  }

  private static boolean isFieldName(String query, int end) {
    return end < query.length() && query.charAt(end) == ':';
  }

  private static boolean isPattern(String query, int end) {
    return end < query.length() && "*?~".indexOf(query.charAt(end)) >= 0;
  }

  /**
   * {@code -word}, {@code !word} and {@code NOT word}, but not the second half of {@code
   * Kassym-Jomart}.
   */
  private static boolean isNegated(String query, int start) {
    if (start == 0) {
      return false;
    }
    if (query.substring(0, start).matches("(?s).*(^|[\\s(])NOT\\s+")) {
      return true;
    }
    char before = query.charAt(start - 1);
    boolean sign = before == '-' || before == '!';
    return sign && (start == 1 || !Character.isLetterOrDigit(query.charAt(start - 2)));
  }

  private static boolean inRangeOrRegexp(String query, int start) {
    int open = 0;
    int slashes = 0;
    for (int i = 0; i < start; i++) {
      char c = query.charAt(i);
      if (c == '[' || c == '{') {
        open++;
      } else if ((c == ']' || c == '}') && open > 0) {
        open--;
      } else if (c == '/') {
        slashes++;
      }
    }
    return open > 0 || slashes % 2 == 1;
  }

  /**
   * Whether the word is searched as text: unfielded, or under {@code title:} / {@code body:}, as
   * its own term ({@code title:talks}), in a phrase ({@code title:"talks in Dushanbe"}) or in a
   * group ({@code title:(talks OR visit)}).
   */
  private static boolean inTextField(String query, int start) {
    int termStart = start;
    int openQuote = openQuoteBefore(query, start);
    if (openQuote >= 0) {
      termStart = openQuote;
    }
    int prefixStart = termStart;
    while (prefixStart > 0
        && !Character.isWhitespace(query.charAt(prefixStart - 1))
        && query.charAt(prefixStart - 1) != '(') {
      prefixStart--;
    }
    String prefix = query.substring(prefixStart, termStart);
    int colon = prefix.indexOf(':');
    if (colon >= 0) {
      return isTextField(prefix.substring(0, colon));
    }
    List<Integer> openGroups = openGroupsBefore(query, prefixStart);
    for (int g = openGroups.size() - 1; g >= 0; g--) {
      int paren = openGroups.get(g);
      if (paren > 0 && query.charAt(paren - 1) == ':') {
        int nameStart = paren - 1;
        while (nameStart > 0 && !Character.isWhitespace(query.charAt(nameStart - 1))) {
          nameStart--;
        }
        return isTextField(query.substring(nameStart, paren - 1));
      }
    }
    return true;
  }

  private static boolean isTextField(String name) {
    String field = name.replaceAll("^[+\\-!]+", "").toLowerCase(Locale.ROOT);
    return TEXT_FIELDS.contains(field);
  }

  /** The position of the quote that opens the phrase {@code position} is in, or -1. */
  private static int openQuoteBefore(String query, int position) {
    int open = -1;
    for (int i = 0; i < position; i++) {
      if (query.charAt(i) == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** The positions of the groups still open at {@code position}, outermost first. */
  private static List<Integer> openGroupsBefore(String query, int position) {
    List<Integer> open = new ArrayList<>();
    boolean quoted = false;
    for (int i = 0; i < position; i++) {
      char c = query.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        open.add(i);
      } else if (!quoted && c == ')' && !open.isEmpty()) {
        open.remove(open.size() - 1);
      }
    }
    return open;
  }
}
