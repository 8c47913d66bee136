package org.dragoman.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.dragoman.analysis.ExactNameAnalyzer;
import org.dragoman.analysis.NameAliases;
import org.dragoman.analysis.NameAnalyzer;

/**
 * A {@link NameSearchEngine} over an in-memory Lucene index with two fields fed from the same text:
 * an exact field and, optionally, a variant field. A query requires every word on the variant field
 * (or on the exact field in exact mode) and adds a boosted optional clause on the exact field, so
 * exact spellings rank above variant matches.
 *
 * <pre>{@code
 * NameSearchEngine dragoman = LuceneNameSearchEngine.dragoman(NameAliases.builtIn());
 * NameSearchEngine baseline = LuceneNameSearchEngine.singleField(new StandardAnalyzer());
 * }</pre>
 */
public final class LuceneNameSearchEngine implements NameSearchEngine {

  static final String EXACT_FIELD = "text";
  static final String VARIANT_FIELD = "text.names";
  private static final String ID_FIELD = "id";
  private static final float EXACT_BOOST = 2f;

  private final Analyzer exactAnalyzer;
  private final Analyzer variantIndexAnalyzer;
  private final QueryBuilder exactQueries;
  private final QueryBuilder variantQueries;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  /**
   * @param exactAnalyzer analyzer of the exact field, at index and query time
   * @param variantIndexAnalyzer index-time analyzer of the variant field, or null for none
   * @param variantQueryAnalyzer query-time analyzer of the variant field, or null for none
   */
  public LuceneNameSearchEngine(
      Analyzer exactAnalyzer, Analyzer variantIndexAnalyzer, Analyzer variantQueryAnalyzer) {
    this.exactAnalyzer = requireNonNull(exactAnalyzer, "exactAnalyzer");
    if ((variantIndexAnalyzer == null) != (variantQueryAnalyzer == null)) {
      throw new IllegalArgumentException("give both variant analyzers or neither");
    }
    this.variantIndexAnalyzer = variantIndexAnalyzer;
    this.exactQueries = new QueryBuilder(exactAnalyzer);
    this.variantQueries =
        variantQueryAnalyzer == null ? null : new QueryBuilder(variantQueryAnalyzer);
    if (variantQueries != null) {
      // as the product's query parser does: a multi-word alias is a phrase, and the paths of a
      // long alias graph (Ўзбекистон Республикаси Олий Мажлиси) do not multiply into clauses
      variantQueries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }
  }

  /** Dragoman's name matching: exact field plus names field, built-in aliases. */
  public static LuceneNameSearchEngine dragoman() {
    return dragoman(NameAliases.builtIn());
  }

  /** Dragoman's name matching with the given aliases. */
  public static LuceneNameSearchEngine dragoman(NameAliases aliases) {
    return new LuceneNameSearchEngine(
        new ExactNameAnalyzer(), NameAnalyzer.forIndexing(), NameAnalyzer.forQueries(aliases));
  }

  /** Dragoman in exact mode: no variant matching. */
  public static LuceneNameSearchEngine exactOnly() {
    return new LuceneNameSearchEngine(new ExactNameAnalyzer(), null, null);
  }

  /** A baseline: one field with one analyzer (StandardAnalyzer, ICU, phonetic chains...). */
  public static LuceneNameSearchEngine singleField(Analyzer analyzer) {
    return new LuceneNameSearchEngine(analyzer, null, null);
  }

  @Override
  public void index(List<Document> documents) throws IOException {
    if (reader != null) {
      throw new IllegalStateException("documents were already indexed");
    }
    Analyzer analyzer =
        variantIndexAnalyzer == null
            ? exactAnalyzer
            : new PerFieldAnalyzerWrapper(
                exactAnalyzer, Map.of(VARIANT_FIELD, variantIndexAnalyzer));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Document document : documents) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StoredField(ID_FIELD, document.id()));
        doc.add(new TextField(EXACT_FIELD, document.text(), Field.Store.NO));
        if (variantIndexAnalyzer != null) {
          doc.add(new TextField(VARIANT_FIELD, document.text(), Field.Store.NO));
        }
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public List<String> search(String query) throws IOException {
    if (searcher == null) {
      throw new IllegalStateException("index documents before searching");
    }
    Query exact = exactQueries.createBooleanQuery(EXACT_FIELD, query, Occur.MUST);
    Query required = exact;
    Query luceneQuery = exact;
    if (variantQueries != null) {
      required = variantQueries.createBooleanQuery(VARIANT_FIELD, query, Occur.MUST);
      if (required == null) {
        return List.of();
      }
      BooleanQuery.Builder builder = new BooleanQuery.Builder().add(required, Occur.MUST);
      if (exact != null) {
        builder.add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD);
      }
      luceneQuery = builder.build();
    }
    if (required == null) {
      return List.of();
    }
    TopDocs top = searcher.search(luceneQuery, Math.max(1, reader.maxDoc()));
    var storedFields = searcher.storedFields();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(storedFields.document(hit.doc).get(ID_FIELD));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    directory.close();
  }
}
