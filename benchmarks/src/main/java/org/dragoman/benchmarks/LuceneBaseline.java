package org.dragoman.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.model.Article;

/**
 * The plain-Lucene baseline: an id plus one body field analysed by {@link StandardAnalyzer},
 * queried through the classic query parser with every word required, as Dragoman requires them.
 */
final class LuceneBaseline implements Closeable {
  static final String ID = "id";
  static final String BODY = "body";

  private final Directory directory;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  LuceneBaseline(Path dir) throws IOException {
    this.directory = FSDirectory.open(dir);
  }

  static Document document(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new TextField(BODY, article.body(), Field.Store.NO));
    return doc;
  }

  /** Indexes with {@code threads} threads sharing one writer, then commits. */
  void index(List<Article> articles, int threads) throws IOException, InterruptedException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      List<Thread> workers = new ArrayList<>();
      IOException[] failure = new IOException[1];
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Thread worker =
            new Thread(
                () -> {
                  try {
                    for (int i = offset; i < articles.size(); i += threads) {
                      Article a = articles.get(i);
                      writer.updateDocument(new Term(ID, a.id()), document(a));
                    }
                  } catch (IOException e) {
                    failure[0] = e;
                  }
                });
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      if (failure[0] != null) {
        throw failure[0];
      }
      writer.commit();
    }
  }

  void openSearcher() throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  Query parse(String text) {
    QueryParser parser = new QueryParser(BODY, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("baseline query " + text + " does not parse", e);
    }
  }

  /** Top hits with their ids loaded, as an application would show them. */
  List<String> search(Query query, int limit) throws IOException {
    TopDocs top = searcher.search(query, limit);
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(stored.document(sd.doc).get(ID));
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
