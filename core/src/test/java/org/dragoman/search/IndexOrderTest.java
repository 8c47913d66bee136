package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.TestCorpus;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.IndexOrder;
import org.dragoman.model.Article;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segments are sorted newest first, so a newest-first search stops reading a segment as soon as its
 * page is full; the exact total is counted apart.
 */
class IndexOrderTest {

  @TempDir static Path dir;
  static Directory directory;
  static DirectoryReader reader;

  @BeforeAll
  static void indexCorpus() throws IOException {
    List<Article> articles = new ArrayList<>(TestCorpus.kremlin());
    articles.addAll(TestCorpus.ungdc());
    // Small commits make several segments: early termination must work in each.
    try (DragomanIndex index =
        DragomanIndex.open(dir, DragomanOptions.defaults().withThreads(2).withCommitEvery(200))) {
      index.addArticles(articles);
    }
    directory = FSDirectory.open(dir);
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void everySegmentIsSortedNewestFirst() {
    assertThat(reader.leaves()).isNotEmpty();
    for (LeafReaderContext leaf : reader.leaves()) {
      assertThat(leaf.reader().getMetaData().sort()).isEqualTo(IndexOrder.NEWEST_FIRST);
    }
  }

  /** How many matching documents a search for the first page in {@code order} looks at. */
  private static long visited(SortOrder order, int page) throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      Query query = DragomanQueryParser.parse("Tajikistan", analyzers, false);
      CountingCollectorManager<TopFieldCollector, TopFieldDocs> counting =
          new CountingCollectorManager<>(
              new TopFieldCollectorManager(ResultOrder.of(order), page, null, page));
      TopFieldDocs top = new IndexSearcher(reader).search(query, counting);
      assertThat(top.scoreDocs).hasSize(page);
      return counting.visited();
    }
  }

  private static long matching() throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      return new IndexSearcher(reader)
          .count(DragomanQueryParser.parse("Tajikistan", analyzers, false));
    }
  }

  @Test
  void newestFirstStopsReadingEachSegmentOnceItsPageIsFull() throws IOException {
    long matching = matching();
    long visited = visited(SortOrder.NEWEST, 10);
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    // At most the page plus one non-competitive hit per segment, of 162 matches.
    assertThat(visited)
        .isLessThanOrEqualTo((10 + 1L) * reader.leaves().size())
        .isLessThan(matching);
  }

  @Test
  void oldestFirstLooksAtEveryMatchSoItCountsThemInTheSamePass() throws IOException {
    // In a newest-first segment each later match is older, so none can be skipped.
    assertThat(visited(SortOrder.OLDEST, 10)).isEqualTo(matching());
  }
}
