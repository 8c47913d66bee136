package org.dragoman.index;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.DatePrecision;
import org.dragoman.model.Granularity;

/**
 * Turns an {@link Article} into the Lucene document of {@link ArticleSchema}. Stateless and
 * thread-safe.
 */
public final class ArticleDocuments {

  /** Full text with offsets in the postings, so snippets need no re-analysis. */
  static final FieldType STORED_TEXT = textType(true);

  private static final FieldType INDEXED_TEXT = textType(false);

  private final DragomanAnalyzers analyzers;

  public ArticleDocuments(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** Only which articles hold a word: the spelling vocabulary needs no positions or norms. */
  static final FieldType SPELLING_TEXT = spellingType();

  private static FieldType spellingType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.setStored(stored);
    type.freeze();
    return type;
  }

  /** The term that identifies the article's document: updating by it replaces, never duplicates. */
  public static Term idTerm(String id) {
    return new Term(ArticleSchema.ID, id);
  }

  /** Keyword values (source, lang, cited sources) match regardless of case. */
  public static String keyword(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  public Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ArticleSchema.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ArticleSchema.ID, new BytesRef(article.id())));
    doc.add(new BinaryDocValuesField(ArticleSchema.HIT, HitFields.of(article).encode()));
    addDate(doc, article.date());
    if (article.source() != null) {
      doc.add(new StringField(ArticleSchema.SOURCE, keyword(article.source()), Field.Store.NO));
      doc.add(new StoredField(ArticleSchema.SOURCE_DISPLAY, article.source()));
      doc.add(
          new SortedDocValuesField(ArticleSchema.SOURCE_DISPLAY, new BytesRef(article.source())));
    }
    Map<ArticleText, SpellingWords> spelling = new EnumMap<>(ArticleText.class);
    for (FullTextField field : analyzers.fullTextFields()) {
      String text = field.text().of(article);
      if (!text.isEmpty()) {
        FieldType type = field.isStored() ? STORED_TEXT : INDEXED_TEXT;
        Analyzer analyzer = analyzers.indexAnalyzer(field.name(), article.lang());
        if (field.isStored()) {
          // The stored field's analysis also yields the text's spelling vocabulary.
          SpellingWords words = new SpellingWords(text);
          spelling.put(field.text(), words);
          doc.add(words.recording(field.name(), type, analyzer));
        } else if (analyzer == analyzers.indexAnalyzer()) {
          doc.add(new Field(field.name(), text, type));
        } else {
          doc.add(new AnalysedField(field.name(), text, type, analyzer));
        }
      }
    }
    for (String field : analyzers.spellingFields()) {
      for (SpellingWords words : spelling.values()) {
        doc.add(words.field(field, SPELLING_TEXT, analyzers.indexAnalyzer()));
      }
    }
    if (article.lang() != null) {
      String lang = keyword(article.lang());
      doc.add(new StringField(ArticleSchema.LANG, lang, Field.Store.YES));
      doc.add(new SortedDocValuesField(ArticleSchema.LANG, new BytesRef(lang)));
    }
    for (String cited : article.citedSources()) {
      doc.add(new StringField(ArticleSchema.CITES, keyword(cited), Field.Store.NO));
      doc.add(new StoredField(ArticleSchema.CITES, cited));
    }
    if (article.url() != null) {
      doc.add(new StoredField(ArticleSchema.URL, article.url()));
    }
    for (Map.Entry<String, String> entry : article.metadata().entrySet()) {
      if (entry.getValue() != null) {
        doc.add(new StoredField(ArticleSchema.METADATA_PREFIX + entry.getKey(), entry.getValue()));
      }
    }
    return doc;
  }

  /**
   * A text field analysed by an analyzer of its own (the article's language's) instead of the
   * writer's. The token stream opens only when the writer indexes the field, so a document that the
   * writer rejects part way leaves no stream open.
   */
  private static final class AnalysedField extends Field {
    private final Analyzer analyzer;

    AnalysedField(String name, String text, FieldType type, Analyzer analyzer) {
      super(name, text, type);
      this.analyzer = analyzer;
    }

    @Override
    public TokenStream tokenStream(Analyzer writerAnalyzer, TokenStream reuse) {
      return analyzer.tokenStream(name(), stringValue());
    }
  }

  private static void addDate(Document doc, ArticleDate date) {
    if (date == null) {
      return;
    }
    doc.add(new StoredField(ArticleSchema.DATE, date.toString()));
    doc.add(
        new LongField(ArticleSchema.DATE_FIRST_DAY, date.firstDay().toEpochDay(), Field.Store.NO));
    doc.add(
        new LongField(ArticleSchema.DATE_LAST_DAY, date.lastDay().toEpochDay(), Field.Store.NO));
    doc.add(
        new SortedDocValuesField(
            ArticleSchema.DATE_YEAR, new BytesRef(Granularity.YEAR.label(date.firstDay()))));
    if (date.precision() != DatePrecision.YEAR) {
      doc.add(
          new SortedDocValuesField(
              ArticleSchema.DATE_MONTH, new BytesRef(Granularity.MONTH.label(date.firstDay()))));
    }
  }
}
