package org.dragoman.analysis;

import java.io.Closeable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  /** The name-variant field fed from the title. */
  public static final String TITLE_NAMES = "title.names";

  /** The name-variant field fed from the body. */
  public static final String BODY_NAMES = "body.names";

  /**
   * The field of every word of title and body as written, only lower-cased: the vocabulary that
   * spelling suggestions come from (stemmed terms like {@code presid} are no words to suggest).
   */
  public static final String SPELLING = "spelling";

  private final List<FullTextField> fields;
  private final PerFieldAnalyzerWrapper indexAnalyzer;
  private final PerFieldAnalyzerWrapper queryAnalyzer;
  private final Map<String, Analyzer> queryAnalyzerByField;
  private final Map<String, Analyzer> englishIndexAnalyzers;
  private final Analyzer fallback;
  private final List<Analyzer> owned;

  private DragomanAnalyzers(
      List<FullTextField> fields,
      Analyzer fallback,
      Map<String, Analyzer> indexAnalyzers,
      Map<String, Analyzer> englishIndexAnalyzers,
      Map<String, Analyzer> queryAnalyzers) {
    this.fields = List.copyOf(fields);
    this.englishIndexAnalyzers = Map.copyOf(englishIndexAnalyzers);
    for (FullTextField field : fields) {
      if (field.name().equals(SPELLING)) {
        throw new IllegalArgumentException("full-text field name " + SPELLING + " is reserved");
      }
      if (!indexAnalyzers.containsKey(field.name())) {
        throw new IllegalArgumentException("full-text field " + field.name() + " has no analyzer");
      }
    }
    Map<String, Analyzer> withSpelling = new LinkedHashMap<>(indexAnalyzers);
    withSpelling.put(SPELLING, spellingAnalyzer());
    // Keyword fields are never analysed; the fallback only serves unknown field names.
    this.indexAnalyzer = new PerFieldAnalyzerWrapper(fallback, withSpelling);
    Map<String, Analyzer> query = new LinkedHashMap<>(withSpelling);
    query.putAll(queryAnalyzers);
    this.queryAnalyzer = new PerFieldAnalyzerWrapper(fallback, query);
    this.queryAnalyzerByField = Map.copyOf(query);
    this.fallback = fallback;
    Set<Analyzer> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    distinct.add(fallback);
    distinct.addAll(query.values());
    distinct.addAll(withSpelling.values());
    distinct.addAll(englishIndexAnalyzers.values());
    this.owned = List.copyOf(distinct);
  }

  /** Dragoman's analysis with the built-in alias list; see {@link #standard(NameAliases)}. */
  public static DragomanAnalyzers standard() {
    return standard(NameAliases.builtIn());
  }

  /**
   * Dragoman's analysis: title (weight 2) and body (weight 1) with English analysis, where words
   * match as spelled, and {@value #TITLE_NAMES} (weight 1) and {@value #BODY_NAMES} (weight 0.5)
   * fed from the same text with {@link NameAnalyzer}, where every spelling of a name matches the
   * others and {@code aliases} join renames and acronyms at query time. An exact spelling matches
   * both kinds of field, a variant only the names field, so exact spellings rank first. In articles
   * in English ({@code lang} {@code en}) the names fields hold only the words that can be part of a
   * name ({@link NameAnalyzer#forEnglishIndexing()}).
   */
  public static DragomanAnalyzers standard(NameAliases aliases) {
    Analyzer english = new EnglishAnalyzer();
    Analyzer namesIndex = NameAnalyzer.forIndexing();
    Analyzer namesEnglishIndex = NameAnalyzer.forEnglishIndexing();
    Analyzer namesQuery = NameAnalyzer.forQueries(aliases);
    Map<String, Analyzer> index = new LinkedHashMap<>();
    index.put(ArticleText.TITLE.fieldName(), english);
    index.put(ArticleText.BODY.fieldName(), english);
    index.put(TITLE_NAMES, namesIndex);
    index.put(BODY_NAMES, namesIndex);
    return new DragomanAnalyzers(
        List.of(
            new FullTextField(ArticleText.TITLE.fieldName(), ArticleText.TITLE, 2f, false),
            new FullTextField(ArticleText.BODY.fieldName(), ArticleText.BODY, 1f, false),
            new FullTextField(TITLE_NAMES, ArticleText.TITLE, 1f, true),
            new FullTextField(BODY_NAMES, ArticleText.BODY, 0.5f, true)),
        english,
        index,
        Map.of(TITLE_NAMES, namesEnglishIndex, BODY_NAMES, namesEnglishIndex),
        Map.of(TITLE_NAMES, namesQuery, BODY_NAMES, namesQuery));
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
    return new DragomanAnalyzers(fields, new EnglishAnalyzer(), analyzers, Map.of(), Map.of());
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
   * that "did you mean" suggests from. Each is fed with the title and the body: the words their
   * stored fields index (read at those tokens' offsets, so English stop words are not among them),
   * except words that start with a digit.
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

  /**
   * The analyzer of {@code field} in an article written in {@code lang}: where the language decides
   * what a field holds (the names fields of an English article), that language's analyzer, else the
   * field's analyzer of {@link #indexAnalyzer()}. Re-analysing a stored text for a field
   * (explanations, related articles) must use it to see the tokens the index holds.
   *
   * <pre>{@code
   * Analyzer analyzer = analyzers.indexAnalyzer("body.names", article.lang());
   * }</pre>
   *
   * @param lang the article's language code as indexed, or null when unknown
   */
  public Analyzer indexAnalyzer(String field, String lang) {
    if (isEnglish(lang)) {
      Analyzer english = englishIndexAnalyzers.get(field);
      if (english != null) {
        return english;
      }
    }
    return indexAnalyzer;
  }

  /** English: {@code en}, a regional variant such as {@code en-GB}, or {@code eng}. */
  static boolean isEnglish(String lang) {
    if (lang == null) {
      return false;
    }
    String code = lang.strip().toLowerCase(Locale.ROOT);
    return code.equals("en")
        || code.equals("eng")
        || code.startsWith("en-")
        || code.startsWith("en_");
  }

  /** The analyzer of query text: the index analyzer, plus aliases on the name fields. */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /**
   * The analyzer that {@link #queryAnalyzer()} applies to {@code field}. Fields with the same one
   * analyse a query text alike (Dragoman's analyzers do not depend on the field name), so a query
   * built for one of them serves the others with the field renamed.
   */
  public Analyzer queryAnalyzer(String field) {
    return queryAnalyzerByField.getOrDefault(field, fallback);
  }

  @Override
  public void close() {
    indexAnalyzer.close();
    queryAnalyzer.close();
    owned.forEach(Analyzer::close);
  }
}
