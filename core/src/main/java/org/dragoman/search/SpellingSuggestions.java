package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;

/**
 * "Did you mean": query texts in which the rare or unknown words of a query are replaced by similar
 * words the index knows, kept only when they find more articles with the same filters.
 *
 * <p>The vocabulary is the index's own, read from the fields of {@link
 * DragomanAnalyzers#spellingFields()} (whole words as written, lower-cased) with Lucene's {@link
 * DirectSpellChecker}: no side index to build or keep in step. A word is corrected when fewer than
 * {@value SearchResult#SUGGEST_BELOW} articles contain it; its candidates are words up to two edits
 * away with the same first letter, more frequent than it. Replacements keep the case style of the
 * typed word ({@code Tokaev} -> {@code Tokayev}).
 *
 * <pre>{@code
 * List<String> better = new SpellingSuggestions(analyzers).suggest(searcher, request, 0);
 * }</pre>
 */
final class SpellingSuggestions {

  /** Suggestions returned at most. */
  static final int MAX_SUGGESTIONS = 3;

  /** Alternative spellings considered per word. */
  private static final int ALTERNATIVES_PER_WORD = 3;

  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  private final DragomanAnalyzers analyzers;

  SpellingSuggestions(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /**
   * Better query texts for {@code request}, best first; empty when no word needs or has a
   * correction.
   *
   * @param total how many articles the request's own query finds; suggestions must find more
   */
  List<String> suggest(IndexSearcher searcher, SearchRequest request, long total)
      throws IOException {
    String query = request.query();
    Map<QueryWords.Word, List<String>> corrections = new LinkedHashMap<>();
    for (QueryWords.Word word : QueryWords.correctable(query)) {
      List<String> alternatives = alternatives(searcher.getIndexReader(), word.text());
      if (!alternatives.isEmpty()) {
        corrections.put(word, alternatives);
      }
    }
    List<String> suggestions = new ArrayList<>();
    for (String candidate : candidates(query, corrections)) {
      if (suggestions.size() == MAX_SUGGESTIONS) {
        break;
      }
      Query parsed = DragomanQueryParser.parse(candidate, analyzers, request.exact());
      if (searcher.count(RequestFilters.apply(parsed, request)) > total) {
        suggestions.add(candidate);
      }
    }
    return suggestions;
  }

  /** Similar, more frequent words for a rare or unknown {@code word}, best first. */
  private List<String> alternatives(IndexReader reader, String word) throws IOException {
    if (!indexedAsText(word)) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    long docFreq = 0;
    for (String field : analyzers.spellingFields()) {
      docFreq += reader.docFreq(new Term(field, lower));
    }
    if (docFreq >= SearchResult.SUGGEST_BELOW) {
      return List.of();
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    List<SuggestWord> found = new ArrayList<>();
    for (String field : analyzers.spellingFields()) {
      found.addAll(
          List.of(
              checker.suggestSimilar(
                  new Term(field, lower),
                  ALTERNATIVES_PER_WORD,
                  reader,
                  SuggestMode.SUGGEST_MORE_POPULAR)));
    }
    Set<String> best = new LinkedHashSet<>();
    found.stream()
        .sorted(
            Comparator.comparingDouble((SuggestWord s) -> s.score)
                .reversed()
                .thenComparing(Comparator.comparingInt((SuggestWord s) -> s.freq).reversed())
                .thenComparing(s -> s.string))
        .filter(s -> PLAIN_WORD.matcher(s.string).matches()) // not "tokayev's" or "g20"
        .forEach(s -> best.add(inCaseOf(word, s.string)));
    return best.stream().limit(ALTERNATIVES_PER_WORD).toList();
  }

  /**
   * Whether the text fields index {@code word} at all. The vocabulary holds the words they index
   * (see {@code SpellingWords}), so a word they leave out (an English stop word: the, of) is
   * unknown to it without being misspelled, and is not corrected.
   */
  private boolean indexedAsText(String word) throws IOException {
    try (TokenStream stream =
        analyzers.indexAnalyzer().tokenStream(ArticleText.BODY.fieldName(), word)) {
      stream.reset();
      boolean indexed = stream.incrementToken();
      stream.end();
      return indexed;
    }
  }

  /**
   * Query texts to try, best first: every word replaced by its best alternative, then each word's
   * next alternatives with the others at their best.
   */
  private static List<String> candidates(
      String query, Map<QueryWords.Word, List<String>> corrections) {
    if (corrections.isEmpty()) {
      return List.of();
    }
    Map<QueryWords.Word, String> best = new LinkedHashMap<>();
    corrections.forEach((word, alternatives) -> best.put(word, alternatives.get(0)));
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(replace(query, best));
    for (Map.Entry<QueryWords.Word, List<String>> word : corrections.entrySet()) {
      for (String alternative : word.getValue().subList(1, word.getValue().size())) {
        Map<QueryWords.Word, String> variant = new LinkedHashMap<>(best);
        variant.put(word.getKey(), alternative);
        candidates.add(replace(query, variant));
      }
    }
    return List.copyOf(candidates);
  }

  private static String replace(String query, Map<QueryWords.Word, String> replacements) {
    StringBuilder text = new StringBuilder(query);
    // Right to left, so that earlier positions stay valid.
    replacements.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<QueryWords.Word, String> e) -> e.getKey().start())
                .reversed())
        .forEach(e -> text.replace(e.getKey().start(), e.getKey().end(), e.getValue()));
    return text.toString();
  }

  /** {@code suggestion} in the case style of {@code typed}: TOKAYEV, Tokayev or tokayev. */
  static String inCaseOf(String typed, String suggestion) {
    boolean allUpper = typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT));
    if (allUpper) {
      return suggestion.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(typed.codePointAt(0))) {
      int first = suggestion.codePointAt(0);
      return new StringBuilder()
          .appendCodePoint(Character.toUpperCase(first))
          .append(suggestion.substring(Character.charCount(first)))
          .toString();
    }
    return suggestion;
  }
}
