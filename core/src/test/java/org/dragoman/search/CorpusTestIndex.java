package org.dragoman.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.IndexOrder;
import org.dragoman.model.Article;

/**
 * Real articles in an in-memory Dragoman index of several segments (150 articles each), sorted as a
 * Dragoman index is, for tests that compare two ways of reading it.
 */
final class CorpusTestIndex implements Closeable {

  final DragomanAnalyzers analyzers;
  final DirectoryReader reader;
  private final Directory directory;

  private CorpusTestIndex(DragomanAnalyzers analyzers, Directory directory) throws IOException {
    this.analyzers = analyzers;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
  }

  static CorpusTestIndex of(List<Article> articles) throws IOException {
    DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
    Directory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzers.indexAnalyzer())
            .setIndexSort(IndexOrder.NEWEST_FIRST)
            .setMaxBufferedDocs(150);
    ArticleDocuments documents = new ArticleDocuments(analyzers);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Article article : articles) {
        writer.addDocument(documents.toDocument(article));
      }
    }
    return new CorpusTestIndex(analyzers, directory);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzers.close();
  }
}
