package org.dragoman.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.index.ArticleSchema;

/**
 * Body snippets with the matches wrapped in {@code <mark>...</mark>}: the best passage of about
 * {@value #PASSAGE_LENGTH} characters, or the start of the body when nothing in it matched. Matches
 * in the body's extra analysis fields ({@code body.names}) are marked on the body text, using the
 * offsets stored in the postings.
 */
final class Snippets {

  static final int PASSAGE_LENGTH = 240;

  /** UnifiedHighlighter's default stops looking at 10,000 characters; speeches are longer. */
  private static final int MAX_ANALYZED_LENGTH = 1_000_000;

  private static final CompactPassageScorer SCORER = new CompactPassageScorer();

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final DragomanAnalyzers analyzers;
  private final Function<String, Set<String>> maskedFields;

  Snippets(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
    Set<String> bodyFields =
        analyzers.fullTextFields().stream()
            .filter(f -> f.text() == ArticleText.BODY)
            .map(FullTextField::name)
            .collect(Collectors.toUnmodifiableSet());
    Map<String, Set<String>> masks = Map.of(ArticleSchema.BODY, bodyFields);
    this.maskedFields = field -> masks.getOrDefault(field, Set.of(field));
  }

  /** One snippet per hit of {@code page}, in its order. */
  String[] of(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzers.indexAnalyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", false))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .withMaxLength(MAX_ANALYZED_LENGTH)
            .withScorer(SCORER)
            .withMaskedFieldsFunc(maskedFields)
            .build();
    String[] snippets =
        highlighter
            .highlightFields(new String[] {ArticleSchema.BODY}, query, page, new int[] {1})
            .get(ArticleSchema.BODY);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] =
          snippets[i] == null ? "" : WHITESPACE.matcher(snippets[i]).replaceAll(" ").strip();
    }
    return snippets;
  }
}
