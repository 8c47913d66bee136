package org.dragoman.analysis;

import java.io.Closeable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one place where Dragoman's text analysis is decided: which full-text fields an article feeds,
 * with which analyzer and query weight. Indexing ({@code ArticleDocuments}) and query parsing
 * iterate over {@link #fullTextFields()}, so a new analysis (the transliterated-name fields {@code
 * title.names} and {@code body.names}) is added here and nowhere else.
 *
 * <pre>{@code
 * try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
 *   IndexWriterConfig config = new IndexWriterConfig(analyzers.indexAnalyzer());
 *   for (FullTextField field : analyzers.searchFields(false)) { ... }
 * }
 * }</pre>
 *
 * <p>Thread-safe; close it when the index closes (analyzers keep per-thread state).
 */
public final class DragomanAnalyzers implements Closeable {

  /**
   * The field of every word of title and body as written, only lower-cased: the vocabulary that
   * spelling suggestions come from (stemmed terms like {@code presid} are no words to suggest).
   */
  public static final String SPELLING = "spelling";

  private final List<FullTextField> fields;
  private final PerFieldAnalyzerWrapper indexAnalyzer;
  private final List<Analyzer> owned;

  private DragomanAnalyzers(
      List<FullTextField> fields, Analyzer fallback, Map<String, Analyzer> analyzers) {
    this.fields = List.copyOf(fields);
    for (FullTextField field : fields) {
      if (field.name().equals(SPELLING)) {
        throw new IllegalArgumentException("full-text field name " + SPELLING + " is reserved");
      }
      if (!analyzers.containsKey(field.name())) {
        throw new IllegalArgumentException("full-text field " + field.name() + " has no analyzer");
      }
    }
    Map<String, Analyzer> withSpelling = new LinkedHashMap<>(analyzers);
    withSpelling.put(SPELLING, spellingAnalyzer());
    // Keyword fields are never analysed; the fallback only serves unknown field names.
    this.indexAnalyzer = new PerFieldAnalyzerWrapper(fallback, withSpelling);
    Set<Analyzer> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    distinct.add(fallback);
    distinct.addAll(withSpelling.values());
    this.owned = List.copyOf(distinct);
  }

  /** Dragoman's analysis: title (weight 2) and body (weight 1), both with English analysis. */
  public static DragomanAnalyzers standard() {
    Analyzer english = new EnglishAnalyzer();
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    analyzers.put(ArticleText.TITLE.fieldName(), english);
    analyzers.put(ArticleText.BODY.fieldName(), english);
    return new DragomanAnalyzers(
        List.of(
            new FullTextField(ArticleText.TITLE.fieldName(), ArticleText.TITLE, 2f, false),
            new FullTextField(ArticleText.BODY.fieldName(), ArticleText.BODY, 1f, false)),
        english,
        analyzers);
  }

  /**
   * An analysis of your own: the given full-text fields, each with its analyzer in {@code
   * analyzers} (English for any other field). Every {@link ArticleText} needs its stored field.
   *
   * @throws IllegalArgumentException when a field has no analyzer or a text no stored field
   */
  public static DragomanAnalyzers of(List<FullTextField> fields, Map<String, Analyzer> analyzers) {
    for (ArticleText text : ArticleText.values()) {
      if (fields.stream().noneMatch(f -> f.text() == text && f.isStored())) {
        throw new IllegalArgumentException(
            "full-text fields " + fields + " lack the stored field " + text.fieldName());
      }
    }
    return new DragomanAnalyzers(fields, new EnglishAnalyzer(), analyzers);
  }

  /** Every full-text field, in the order documents get them. */
  public List<FullTextField> fullTextFields() {
    return fields;
  }

  /**
   * The fields a query word is searched in.
   *
   * @param exact leave out fields that match spelling variants of names
   */
  public List<FullTextField> searchFields(boolean exact) {
    return exact ? fields.stream().filter(f -> !f.nameVariants()).toList() : fields;
  }

  /** The fields a fielded query ({@code title:...}) on {@code text} is searched in. */
  public List<FullTextField> searchFields(ArticleText text, boolean exact) {
    return searchFields(exact).stream().filter(f -> f.text() == text).toList();
  }

  /**
   * The fields whose terms are whole words, lower-cased but otherwise as written: the vocabulary
   * that "did you mean" suggests from. Each is fed with the title and the body.
   */
  public List<String> spellingFields() {
    return List.of(SPELLING);
  }

  private static Analyzer spellingAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        return new TokenStreamComponents(words, new LowerCaseFilter(words));
      }
    };
  }

  /** The analyzer of every field, for the IndexWriter and for highlighting. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** The analyzer of query text; the same as the index analyzer for now. */
  public Analyzer queryAnalyzer() {
    return indexAnalyzer;
  }

  @Override
  public void close() {
    indexAnalyzer.close();
    owned.forEach(Analyzer::close);
  }
}
