package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.IndexReport;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An id is unique: indexing it again replaces the article and is counted as a replacement. */
class ReindexTest {

  @TempDir Path dir;

  private static DragomanOptions twoThreads() {
    return DragomanOptions.defaults().withThreads(2);
  }

  @Test
  void reindexingReplacesAndCountsReplacements() throws IOException {
    List<Article> kremlin = TestCorpus.kremlin();
    try (DragomanIndex index = DragomanIndex.open(dir, twoThreads())) {
      IndexReport first = index.addArticles(kremlin);
      assertThat(first.indexed()).isEqualTo(kremlin.size());
      assertThat(first.replaced()).isZero();
      assertThat(first.textBytes()).isPositive();

      List<Article> again = new ArrayList<>(kremlin.subList(0, 100));
      again.add(TestCorpus.kazinform());
      IndexReport second = index.addArticles(again);
      assertThat(second.replaced()).isEqualTo(100);
      assertThat(second.indexed()).isEqualTo(1);
      assertThat(index.stats().documents()).isEqualTo(kremlin.size() + 1);
      assertThat(index.search(SearchRequest.of("id:" + kremlin.get(0).id())).total()).isEqualTo(1);

      // The replaced copies are deleted documents still holding their id terms: not counted.
      IndexReport third = index.addArticles(again);
      assertThat(third.replaced()).isEqualTo(101);
      assertThat(third.indexed()).isZero();
      assertThat(index.stats().documents()).isEqualTo(kremlin.size() + 1);
    }
  }

  @Test
  void reopenedIndexStillKnowsItsIds() throws IOException {
    Article article = TestCorpus.kazinform();
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(List.of(article));
    }
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      IndexReport report = index.addArticles(List.of(article));
      assertThat(report.replaced()).isEqualTo(1);
      assertThat(report.indexed()).isZero();
      assertThat(index.stats().documents()).isEqualTo(1);
    }
  }

  @Test
  void theLastVersionOfAnIdInOneRunWins() throws IOException {
    List<Article> versions = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      versions.add(article("same", "version " + i));
      versions.add(article("other-" + i, "filler"));
    }
    try (DragomanIndex index = DragomanIndex.open(dir, twoThreads())) {
      IndexReport report = index.addArticles(versions);
      assertThat(report.indexed()).isEqualTo(51);
      assertThat(report.replaced()).isEqualTo(49);
      assertThat(index.search(SearchRequest.of("id:same")).hits())
          .singleElement()
          .satisfies(hit -> assertThat(hit.title()).isEqualTo("version 49"));
      assertThat(index.stats().documents()).isEqualTo(51);
    }
  }

  private static Article article(String id, String title) {
    return Article.builder().id(id).title(title).body("Body of " + id).build();
  }
}
