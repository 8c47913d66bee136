package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dragoman.model.IndexReport;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing files through the ingest readers, with the listener hearing the run. */
class AddPathsTest {

  @TempDir Path dir;

  @Test
  void indexesAJsonLinesCorpusAndReportsTheRun() throws IOException {
    Path corpus = TestCorpus.corpusFile("kremlin-centralasia.jsonl.gz");
    AtomicLong started = new AtomicLong(-1);
    AtomicLong bytes = new AtomicLong();
    AtomicReference<IndexReport> finished = new AtomicReference<>();
    IndexListener listener =
        new IndexListener() {
          @Override
          public void started(long totalBytes) {
            started.set(totalBytes);
          }

          @Override
          public void progress(long read, long articles) {
            bytes.addAndGet(read);
          }

          @Override
          public void finished(IndexReport report) {
            finished.set(report);
          }
        };
    try (DragomanIndex index = DragomanIndex.open(dir.resolve("index"))) {
      IndexReport report = index.add(List.of(corpus), listener);
      assertThat(report.indexed()).isEqualTo(605);
      assertThat(report.invalid()).isZero();
      assertThat(report.elapsed()).isPositive();
      assertThat(report.docsPerSecond()).isPositive();
      assertThat(finished.get()).isEqualTo(report);
      assertThat(started.get()).isEqualTo(Files.size(corpus));
      assertThat(bytes.get()).isPositive();
      assertThat(index.search(SearchRequest.of("Rakhmonov")).total()).isPositive();

      IndexReport again = index.add(List.of(corpus), IndexListener.NONE);
      assertThat(again.replaced()).isEqualTo(605);
      assertThat(again.indexed()).isZero();
    }
  }
}
