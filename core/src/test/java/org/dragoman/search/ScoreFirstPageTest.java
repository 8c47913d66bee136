package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A first relevance page collected by score alone is the relevance page (score, ties by id) when no
 * tie straddles its end, and is refused when one does.
 */
class ScoreFirstPageTest {

  @Test
  void tiesAreOrderedByIdInsideAndAtTheEndOfThePage() throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = index(analyzers, 5)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // "top" scores highest; the others score alike and follow by id, not by doc id.
        FieldDoc[] all = page(searcher, analyzers, 6);
        assertThat(ids(all)).containsExactly("top", "e00", "e01", "e02", "e03", "e04");
        assertThat(all[0].score).isGreaterThan(all[1].score);
        assertThat(all).allSatisfy(hit -> assertThat(hit.fields[0]).isEqualTo(hit.score));
        // The page ends inside the tie: its first ids, though they were indexed last.
        assertThat(ids(page(searcher, analyzers, 3))).containsExactly("top", "e00", "e01");
      }
    }
  }

  @Test
  void aTieLongerThanTheRoomKeptIsRefused() throws IOException {
    int equal = ScoreFirstPage.TIE_ROOM + 8;
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = index(analyzers, equal)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Documents left out tie with the last kept one: which come first depends on ids the
        // collection by score did not compare.
        assertThat(page(searcher, analyzers, 3)).isNull();
        // A page that ends before the tie is exact.
        assertThat(ids(page(searcher, analyzers, 1))).containsExactly("top");
      }
    }
  }

  private static FieldDoc[] page(IndexSearcher searcher, DragomanAnalyzers analyzers, int wanted)
      throws IOException {
    Query query =
        IndexedTerms.resolve(searcher, DragomanQueryParser.parse("alpha", analyzers, false));
    TopDocs byScore = searcher.search(query, ScoreFirstPage.manager(wanted, wanted));
    return ScoreFirstPage.page(searcher, byScore.scoreDocs, wanted);
  }

  /** "top", then {@code equal} articles that score alike, indexed in descending id order. */
  private static Directory index(DragomanAnalyzers analyzers, int equal) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    ArticleDocuments documents = new ArticleDocuments(analyzers);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
      for (int i = equal - 1; i >= 0; i--) {
        writer.addDocument(documents.toDocument(article(String.format("e%02d", i), "alpha beta")));
      }
      writer.addDocument(documents.toDocument(article("top", "alpha alpha")));
    }
    return directory;
  }

  private static Article article(String id, String body) {
    return Article.builder().id(id).lang("en").body(body).build();
  }

  private static List<String> ids(FieldDoc[] page) {
    return Arrays.stream(page).map(hit -> ((BytesRef) hit.fields[1]).utf8ToString()).toList();
  }
}
