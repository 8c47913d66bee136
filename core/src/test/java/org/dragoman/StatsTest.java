package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.IndexStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {

  @TempDir Path dir;

  @Test
  void emptyIndex() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      IndexStats stats = index.stats();
      assertThat(stats.documents()).isZero();
      assertThat(stats.sources()).isEmpty();
      assertThat(stats.earliest()).isNull();
      assertThat(stats.latest()).isNull();
    }
  }

  @Test
  void countsSourcesLargestFirstAndTheDateRange() throws IOException {
    List<Article> kremlin = TestCorpus.kremlin();
    List<Article> ungdc = TestCorpus.ungdc();
    List<Article> all = new ArrayList<>(kremlin);
    all.addAll(ungdc);
    all.add(TestCorpus.kazinform());
    // Case differences are one source, shown in its most common spelling.
    all.add(Article.builder().id("lower").source("kremlin").body("text").build());
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(all);
      index.addArticles(List.of(TestCorpus.kazinform())); // replaced: still counted once
      IndexStats stats = index.stats();
      assertThat(stats.documents()).isEqualTo(all.size());
      Map<String, Long> expected = new java.util.HashMap<>();
      for (Article a : all) {
        String key = a.source().equals("kremlin") ? "Kremlin" : a.source();
        expected.merge(key, 1L, Long::sum);
      }
      assertThat(stats.sources()).containsExactlyInAnyOrderEntriesOf(expected);
      assertThat(List.copyOf(stats.sources().values()))
          .isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(stats.sources()).containsEntry("Kazinform", 1L);
      assertThat(stats.earliest()).isEqualTo(ArticleDate.parse("1992"));
      ArticleDate latest =
          all.stream().map(Article::date).filter(d -> d != null).max(ArticleDate::compareTo).get();
      assertThat(stats.latest().firstDay()).isEqualTo(latest.firstDay());
      assertThat(stats.sizeOnDiskBytes()).isGreaterThan(100_000);
    }
  }
}
