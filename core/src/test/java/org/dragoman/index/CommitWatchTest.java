package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a searching process must list the index directory to find another process's commit. */
class CommitWatchTest {

  @TempDir Path dir;

  @Test
  void theFirstLookCallsForAListing() {
    assertThat(new CommitWatch(dir).look().mayHaveChanged()).isTrue();
  }

  @Test
  void aDirectoryUnchangedSinceTheLastListingNeedsNoOther() throws IOException {
    ageDirectory();
    CommitWatch watch = new CommitWatch(dir);
    watch.seen(watch.look());
    assertThat(watch.look().mayHaveChanged()).isFalse();
    assertThat(watch.look().mayHaveChanged()).isFalse();
  }

  @Test
  void aNewFileInTheDirectoryCallsForAListing() throws IOException {
    ageDirectory();
    CommitWatch watch = new CommitWatch(dir);
    watch.seen(watch.look());
    Files.writeString(dir.resolve("segments_2"), "a commit");
    assertThat(watch.look().mayHaveChanged()).isTrue();
  }

  @Test
  void aLookNotRecordedAsSeenIsRepeated() throws IOException {
    ageDirectory();
    CommitWatch watch = new CommitWatch(dir);
    watch.seen(watch.look());
    Files.writeString(dir.resolve("segments_2"), "a commit");
    watch.look(); // the refresh it called for did not happen (another thread was refreshing)
    assertThat(watch.look().mayHaveChanged()).isTrue();
  }

  @Test
  void aDirectoryChangedJustBeforeTheListingIsListedAgain() throws IOException {
    // Where time stamps are whole seconds, a commit later in the same second keeps this time.
    Files.writeString(dir.resolve("segments_1"), "a commit");
    CommitWatch watch = new CommitWatch(dir);
    watch.seen(watch.look());
    assertThat(watch.look().mayHaveChanged()).isTrue();
  }

  @Test
  void aDirectoryTimeInTheFutureIsListedAgain() throws IOException {
    // A file server whose clock runs ahead of ours.
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().plus(Duration.ofMinutes(5))));
    CommitWatch watch = new CommitWatch(dir);
    watch.seen(watch.look());
    assertThat(watch.look().mayHaveChanged()).isTrue();
  }

  @Test
  void theDirectoryIsListedAtLeastOnceASecond() throws Exception {
    ageDirectory();
    CommitWatch watch = new CommitWatch(dir);
    watch.seen(watch.look());
    Thread.sleep(Duration.ofNanos(CommitWatch.FALLBACK_NANOS).plusMillis(50));
    assertThat(watch.look().mayHaveChanged()).isTrue();
  }

  @Test
  void aDirectoryWhoseTimeCannotBeReadIsAlwaysListed() {
    CommitWatch watch = new CommitWatch(dir.resolve("gone"));
    CommitWatch.Look look = watch.look();
    assertThat(look.mayHaveChanged()).isTrue();
    watch.seen(look);
    assertThat(watch.look().mayHaveChanged()).isTrue();
  }

  private void ageDirectory() throws IOException {
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
  }
}
