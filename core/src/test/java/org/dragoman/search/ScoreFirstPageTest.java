package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.model.Article;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * A first relevance page collected by score alone, keeping the hits that tie with its last one, is
 * the relevance page: score, ties by id.
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
        assertThat(ids(all)).containsExactly("top", "e000", "e001", "e002", "e003", "e004");
        assertThat(all[0].score).isGreaterThan(all[1].score);
        assertThat(all).allSatisfy(hit -> assertThat(hit.fields[0]).isEqualTo(hit.score));
        // The page ends inside the tie: its first ids, though they were indexed last.
        assertThat(ids(page(searcher, analyzers, 3))).containsExactly("top", "e000", "e001");
      }
    }
  }

  @Test
  void aTieRunningFarPastTheEndOfThePageIsOrderedById() throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = index(analyzers, 300)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // 300 articles score alike; indexed in descending id order, the lowest ids come last.
        assertThat(ids(page(searcher, analyzers, 3))).containsExactly("top", "e000", "e001");
        assertThat(ids(page(searcher, analyzers, 1))).containsExactly("top");
      }
    }
  }

  @Test
  void pagesEqualTheSortByScoreAndIdOnRandomScores() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = new ByteBuffersDirectory()) {
      ArticleDocuments documents = new ArticleDocuments(analyzers);
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
        // Few distinct bodies, so that many articles tie, in random id order and several segments.
        for (int i = 0; i < 400; i++) {
          String body = "alpha ".repeat(1 + random.nextInt(3)) + "beta ".repeat(random.nextInt(4));
          writer.addDocument(
              documents.toDocument(
                  article(String.format("r%04d", random.nextInt(10_000)) + i, body)));
          if (random.nextInt(100) == 0) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Several collectors, one per segment, whose pages the skipping search merges.
        IndexSearcher sliced = slicedPerSegment(reader);
        for (String text : new String[] {"alpha", "alpha beta"}) {
          Query query =
              IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false));
          for (int wanted : new int[] {1, 2, 5, 11, 50, 399, 400, 401}) {
            TopFieldDocs expected =
                searcher.search(
                    query,
                    new TopFieldCollectorManager(
                        ResultOrder.of(SortOrder.RELEVANCE), wanted, null, Integer.MAX_VALUE));
            String what = "seed " + seed + ", " + text + ", " + wanted + " wanted";
            if (text.equals("alpha")) {
              assertThat(ids(page(searcher, analyzers, wanted)))
                  .as(what)
                  .containsExactlyElementsOf(ids(expected.scoreDocs));
            }
            for (IndexSearcher skipping : List.of(searcher, sliced)) {
              ScoreFirstPage.Skipped first =
                  skipping.search(query, ScoreFirstPage.skipping(skipping, wanted));
              assertThat(ids(first.page()))
                  .as(what + ", skipping")
                  .containsExactlyElementsOf(ids(expected.scoreDocs));
              assertThat(first.page())
                  .allSatisfy(hit -> assertThat(hit.fields[0]).isEqualTo(hit.score));
              if (first.totalIsExact()) {
                assertThat(first.total()).as(what).isEqualTo(expected.totalHits.value());
              }
            }
          }
        }
      }
    }
  }

  /** A searcher that searches each segment with a collector of its own. */
  private static IndexSearcher slicedPerSegment(DirectoryReader reader) {
    return new IndexSearcher(reader, Runnable::run) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return leaves.stream()
            .map(
                leaf ->
                    new LeafSlice(List.of(LeafReaderContextPartition.createForEntireSegment(leaf))))
            .toArray(LeafSlice[]::new);
      }
    };
  }

  private static FieldDoc[] page(IndexSearcher searcher, DragomanAnalyzers analyzers, int wanted)
      throws IOException {
    Query query =
        IndexedTerms.resolve(searcher, DragomanQueryParser.parse("alpha", analyzers, false));
    ScoreFirstPage first = new ScoreFirstPage(wanted);
    searcher.search(query, first);
    return first.page(searcher);
  }

  /** "top", then {@code equal} articles that score alike, indexed in descending id order. */
  private static Directory index(DragomanAnalyzers analyzers, int equal) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    ArticleDocuments documents = new ArticleDocuments(analyzers);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
      for (int i = equal - 1; i >= 0; i--) {
        writer.addDocument(documents.toDocument(article(String.format("e%03d", i), "alpha beta")));
      }
      writer.addDocument(documents.toDocument(article("top", "alpha alpha")));
    }
    return directory;
  }

  private static Article article(String id, String body) {
    return Article.builder().id(id).lang("en").body(body).build();
  }

  private static List<String> ids(ScoreDoc[] page) {
    return Arrays.stream(page)
        .map(hit -> ((BytesRef) ((FieldDoc) hit).fields[1]).utf8ToString())
        .toList();
  }
}
