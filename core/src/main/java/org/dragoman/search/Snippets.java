package org.dragoman.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.index.ArticleSchema;

/**
 * Highlighted titles and body snippets, matches wrapped in {@code <mark>...</mark>}. The title is
 * highlighted whole; the body gives its best passage of about {@value #PASSAGE_LENGTH} characters,
 * or its start when nothing in it matched. Matches in a text's extra analysis fields ({@code
 * body.names}) are marked on the text itself, using the offsets stored in the postings.
 */
final class Snippets {

  static final int PASSAGE_LENGTH = 240;

  /** UnifiedHighlighter's default stops looking at 10,000 characters; speeches are longer. */
  private static final int MAX_ANALYZED_LENGTH = 1_000_000;

  private static final CompactPassageScorer SCORER = new CompactPassageScorer();

  /**
   * Titles and body snippets of a page of hits, in its order (empty strings for missing texts), and
   * the stored fields read for them by doc id: {@code fieldsToLoad} and the texts.
   */
  record Highlights(String[] titles, String[] bodies, Map<Integer, Document> documents) {

    /** No highlights for {@code hits} hits: empty snippets, and hits show their plain titles. */
    static Highlights none(int hits) {
      return new Highlights(new String[hits], new String[hits], Map.of());
    }
  }

  private final DragomanAnalyzers analyzers;
  private final Function<String, Set<String>> maskedFields;
  private final boolean reusePostings;

  Snippets(DragomanAnalyzers analyzers) {
    this(analyzers, true);
  }

  /**
   * Snippets that read offsets with {@link ReusedPostingsOffsets} or, for tests that compare the
   * two, with the highlighter's own postings strategy.
   */
  Snippets(DragomanAnalyzers analyzers, boolean reusePostings) {
    this.analyzers = analyzers;
    this.reusePostings = reusePostings;
    Map<String, Set<String>> masks =
        Map.of(
            ArticleSchema.TITLE, fieldsOf(analyzers, ArticleText.TITLE),
            ArticleSchema.BODY, fieldsOf(analyzers, ArticleText.BODY));
    this.maskedFields = field -> masks.getOrDefault(field, Set.of(field));
  }

  private static Set<String> fieldsOf(DragomanAnalyzers analyzers, ArticleText text) {
    return analyzers.fullTextFields().stream()
        .filter(f -> f.text() == text && !f.name().equals(text.fieldName()))
        .map(FullTextField::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The highlighted title and body snippet of each hit of {@code page}.
   *
   * @param fieldsToLoad stored fields the caller needs besides title and body: they are read in the
   *     same pass (one decompression of each hit's stored fields, not two)
   */
  Highlights of(IndexSearcher searcher, Query query, TopDocs page, Set<String> fieldsToLoad)
      throws IOException {
    Map<Integer, Document> documents = new HashMap<>();
    Set<String> toLoad = new HashSet<>(fieldsToLoad);
    toLoad.add(ArticleSchema.TITLE);
    toLoad.add(ArticleSchema.BODY);
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzers.indexAnalyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", false))
            .withMaxLength(MAX_ANALYZED_LENGTH)
            .withScorer(SCORER)
            .withWeightMatches(false)
            .withMaskedFieldsFunc(maskedFields);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          @Override
          protected BreakIterator getBreakIterator(String field) {
            if (ArticleSchema.TITLE.equals(field)) {
              return new WholeBreakIterator(); // the title is one passage, never cut
            }
            return LengthGoalBreakIterator.createClosestToLength(
                new SentenceBreaks(), PASSAGE_LENGTH, 0.5f);
          }

          /** Postings offsets read hit after hit, without new lookups for each. */
          @Override
          protected FieldOffsetStrategy getOffsetStrategy(
              OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS && reusePostings
                ? new ReusedPostingsOffsets(components)
                : super.getOffsetStrategy(source, components);
          }

          /** Reads the texts and the caller's fields at once, keeping the documents. */
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            long chars = 0;
            do {
              int doc = docs.nextDoc();
              if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
              }
              Document document = stored.document(doc, toLoad);
              documents.put(doc, document);
              CharSequence[] texts = new CharSequence[fields.length];
              for (int i = 0; i < fields.length; i++) {
                String text = document.get(fields[i]);
                texts[i] =
                    text == null || text.length() <= getMaxLength()
                        ? text
                        : text.substring(0, getMaxLength());
                chars += texts[i] == null ? 0 : texts[i].length();
              }
              values.add(texts);
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return values;
          }
        };
    Map<String, String[]> highlighted =
        highlighter.highlightFields(
            new String[] {ArticleSchema.TITLE, ArticleSchema.BODY}, query, page, new int[] {1, 1});
    return new Highlights(
        oneLine(highlighted.get(ArticleSchema.TITLE)),
        oneLine(highlighted.get(ArticleSchema.BODY)),
        documents);
  }

  private static String[] oneLine(String[] texts) {
    for (int i = 0; i < texts.length; i++) {
      texts[i] = texts[i] == null ? "" : oneLine(texts[i]);
    }
    return texts;
  }

  /**
   * The text with each run of whitespace ({@code \s}: space, tab, line breaks) as one space, and
   * stripped. A loop rather than a regular expression: a search with snippets cleans twenty of
   * these, and the regular expression's scan took 7% of such a search in a profile (JFR, one-word
   * query, ten hits).
   */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        space = true;
      } else {
        if (space && !line.isEmpty()) {
          line.append(' ');
        }
        space = false;
        line.append(c);
      }
    }
    return line.toString().strip();
  }
}
