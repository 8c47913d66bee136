package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.dragoman.model.Article;
import org.dragoman.model.IndexReport;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches run concurrently with each other and with indexing, and see uncommitted articles. */
class ConcurrentSearchTest {

  @TempDir Path dir;

  @Test
  void searchesDuringIndexingSeeAGrowingIndexAndNeverFail() throws Exception {
    List<Article> articles = new ArrayList<>(TestCorpus.kremlin());
    articles.addAll(TestCorpus.ungdc());
    DragomanOptions options = DragomanOptions.defaults().withThreads(2).withCommitEvery(100);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (DragomanIndex index = DragomanIndex.open(dir, options)) {
      AtomicBoolean indexing = new AtomicBoolean(true);
      AtomicLong searches = new AtomicLong();
      List<Future<?>> searchers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        SortOrder order = SortOrder.values()[t];
        searchers.add(
            pool.submit(
                () -> {
                  long lastTotal = 0;
                  do {
                    SearchResult result =
                        index.search(
                            SearchRequest.builder("Tajikistan OR Kazakhstan")
                                .sort(order)
                                .limit(20)
                                .build());
                    assertThat(result.total()).isGreaterThanOrEqualTo(lastTotal);
                    assertThat(result.hits()).hasSize((int) Math.min(20, result.total()));
                    lastTotal = result.total();
                    searches.incrementAndGet();
                  } while (indexing.get());
                  return null;
                }));
      }
      IndexReport report;
      try {
        report = index.addArticles(articles);
      } finally {
        indexing.set(false);
      }
      for (Future<?> searcher : searchers) {
        searcher.get(); // rethrows any assertion or exception of a search thread
      }
      assertThat(report.indexed()).isEqualTo(articles.size());
      assertThat(searches.get()).isGreaterThan(3);
      assertThat(index.stats().documents()).isEqualTo(articles.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void searchesDuringAReindexingRunNeverSeeAnArticleTwiceOrMissing() throws Exception {
    List<Article> articles = TestCorpus.kremlin();
    DragomanOptions options = DragomanOptions.defaults().withThreads(2).withCommitEvery(50);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (DragomanIndex index = DragomanIndex.open(dir, options)) {
      index.addArticles(articles);
      AtomicBoolean indexing = new AtomicBoolean(true);
      AtomicLong searches = new AtomicLong();
      List<Future<?>> searchers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        searchers.add(
            pool.submit(
                () -> {
                  do {
                    // Replacing is a delete and an add that searches see together or not at all.
                    SearchResult all = index.search(SearchRequest.builder("*").limit(1000).build());
                    assertThat(all.total()).isEqualTo(articles.size());
                    assertThat(all.hits().stream().map(h -> h.id()).distinct().count())
                        .isEqualTo(articles.size());
                    searches.incrementAndGet();
                  } while (indexing.get());
                  return null;
                }));
      }
      IndexReport again;
      try {
        again = index.addArticles(articles);
      } finally {
        indexing.set(false);
      }
      for (Future<?> searcher : searchers) {
        searcher.get();
      }
      assertThat(again.replaced()).isEqualTo(articles.size());
      assertThat(searches.get()).isGreaterThan(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void articlesAreSearchableBeforeTheRunCommits() throws IOException {
    List<Article> kremlin = TestCorpus.kremlin();
    // No periodic commit: only near-real-time search can see the first articles mid-run.
    DragomanOptions options =
        DragomanOptions.defaults()
            .withThreads(2)
            .withCommitEvery(1_000_000)
            .withCommitInterval(Duration.ofHours(1));
    AtomicLong seenMidRun = new AtomicLong();
    try (DragomanIndex index = DragomanIndex.open(dir, options)) {
      Iterable<Article> feed =
          () ->
              new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                  return next < kremlin.size();
                }

                @Override
                public Article next() {
                  if (next == 300) {
                    seenMidRun.set(waitForHits(index));
                  }
                  return kremlin.get(next++);
                }
              };
      index.addArticles(feed);
    }
    assertThat(seenMidRun.get()).isPositive();
  }

  private static long waitForHits(DragomanIndex index) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    try {
      while (System.nanoTime() < deadline) {
        long total = index.search(SearchRequest.builder("*").limit(0).build()).total();
        if (total > 0) {
          return total;
        }
        Thread.sleep(10);
      }
      return 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
