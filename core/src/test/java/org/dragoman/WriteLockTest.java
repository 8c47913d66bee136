package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.IndexHealth;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per index: a second one is told which lock is held, and nothing is lost. */
class WriteLockTest {

  @TempDir Path dir;

  @Test
  void aSecondWriterIsToldWhichLockIsHeldAndTheFirstKeepsWriting() throws IOException {
    try (DragomanIndex first = DragomanIndex.open(dir);
        DragomanIndex second = DragomanIndex.open(dir)) {
      first.addArticles(List.of(TestCorpus.kazinform())); // holds the lock until closed

      assertThatThrownBy(() -> second.addArticles(TestCorpus.kremlin()))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining("index " + dir + " is locked by another process")
          .satisfies(
              e ->
                  assertThat(((IndexLockedException) e).lockFile())
                      .isEqualTo(dir.resolve("write.lock")));
      // The refused writer still searches, and the first one still writes.
      assertThat(second.search(SearchRequest.of("Dushanbe")).total()).isEqualTo(1);
      first.addArticles(TestCorpus.ungdc());
    }
    try (DragomanIndex reopened = DragomanIndex.openExisting(dir)) {
      assertThat(reopened.stats().documents()).isEqualTo(1 + TestCorpus.ungdc().size());
    }
  }

  @Test
  void checkingAnIndexWhileItIsWrittenIsRefusedNamingTheLock() throws IOException {
    try (DragomanIndex writer = DragomanIndex.open(dir)) {
      writer.addArticles(List.of(TestCorpus.kazinform()));

      assertThatThrownBy(() -> DragomanIndex.check(dir))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining("write.lock");
    }
    IndexHealth health = DragomanIndex.check(dir);
    assertThat(health.isHealthy()).as("%s", health.problems()).isTrue();
    assertThat(health.documents()).isEqualTo(1);
  }
}
