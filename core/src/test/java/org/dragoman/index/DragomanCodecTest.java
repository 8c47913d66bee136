package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.DragomanIndex;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dragoman writes its segments with its own codec (small stored-fields chunks), finds it again by
 * name when an index is reopened, and still reads segments that Lucene's default codec wrote.
 */
class DragomanCodecTest {

  @TempDir Path dir;

  @Test
  void theServiceLoaderFindsTheCodecByItsName() {
    assertThat(Codec.forName(DragomanCodec.NAME)).isInstanceOf(DragomanCodec.class);
    assertThat(Codec.availableCodecs()).contains(DragomanCodec.NAME);
  }

  @Test
  void segmentsAreWrittenWithTheCodecAndReadBackWithSnippets() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(articles(0, 40));
    }
    assertThat(codecNames()).containsOnly(DragomanCodec.NAME);
    try (DragomanIndex index = DragomanIndex.openExisting(dir)) {
      SearchResult result = index.search(SearchRequest.of("Dushanbe"));
      assertThat(result.total()).isEqualTo(40);
      assertThat(result.hits()).allMatch(hit -> hit.snippet().contains("<mark>Dushanbe</mark>"));
      assertThat(bodyOf(index, "a7")).contains("talks number 7 in Dushanbe");
    }
  }

  @Test
  void segmentsOfLucenesDefaultCodecStayReadableBesideNewOnes() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(articles(0, 30));
    }
    // An index of an earlier Dragoman: the same segments rewritten by Lucene's default codec.
    try (Directory directory = FSDirectory.open(dir);
        DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(analyzers.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setIndexSort(IndexOrder.NEWEST_FIRST)
                    .setCodec(Codec.getDefault()))) {
      writer.forceMerge(1);
      writer.commit();
    }
    assertThat(codecNames()).containsOnly(Codec.getDefault().getName());
    try (DragomanIndex index = DragomanIndex.openExisting(dir)) {
      index.addArticles(articles(30, 40));
    }
    assertThat(codecNames()).contains(Codec.getDefault().getName(), DragomanCodec.NAME);
    try (DragomanIndex index = DragomanIndex.openExisting(dir)) {
      assertThat(index.search(SearchRequest.of("Dushanbe")).total()).isEqualTo(40);
      assertThat(bodyOf(index, "a3")).contains("talks number 3 in Dushanbe");
      assertThat(bodyOf(index, "a33")).contains("talks number 33 in Dushanbe");
    }
  }

  private List<String> codecNames() throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      List<String> names = new ArrayList<>();
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
        names.add(segment.info.getCodec().getName());
      }
      return names;
    }
  }

  /** The snippet of the article's own hit for a search of its id's words. */
  private static String bodyOf(DragomanIndex index, String id) throws IOException {
    SearchResult result = index.search(SearchRequest.of("id:" + id + " Dushanbe"));
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly(id);
    return result.hits().get(0).snippet().replace("<mark>", "").replace("</mark>", "");
  }

  private static List<Article> articles(int from, int to) {
    List<Article> articles = new ArrayList<>();
    for (int i = from; i < to; i++) {
      articles.add(
          Article.builder()
              .id("a" + i)
              .date("2024-01-" + String.format("%02d", 1 + i % 28))
              .source("Kazinform")
              .title("Talks " + i)
              .body("The talks number " + i + " in Dushanbe covered water and energy.")
              .lang("en")
              .build());
    }
    return articles;
  }
}
