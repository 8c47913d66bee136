package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.dragoman.DragomanIndex;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.IndexHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of {@code dragoman index}, twice: each time the last commit is
 * readable and passes Lucene's integrity check, and a re-run completes with exactly the corpus, no
 * article lost and none twice. The indexing runs in a JVM of its own, started as users start it.
 */
class CrashRecoveryTest {

  private static final int ARTICLES = 20_000;
  private static final int COMMIT_EVERY = 1_000;

  @TempDir Path tmp;

  @Test
  void killedIndexingLosesNothingAndLeavesACleanIndex() throws Exception {
    Path corpus = writeCorpus(tmp.resolve("corpus.jsonl"));
    Path dir = tmp.resolve("index");
    List<Long> committedAtKill = new ArrayList<>();

    for (int crash = 1; crash <= 2; crash++) {
      Process indexing = startIndexing(dir, corpus, tmp.resolve("run-" + crash + ".log"));
      long generationBefore = lastCommitGeneration(dir);
      waitForCommits(dir, generationBefore + 3, indexing);
      if (crash == 1) {
        // Meanwhile, a second writer, in another process than the one indexing, is turned away.
        Cli.Result second = new Cli().run("index", "--index", dir.toString(), corpus.toString());
        assertThat(second.exitCode()).as(second.err()).isEqualTo(5);
        assertThat(second.err()).contains("is locked by another process (lock file ");
      }
      assertThat(indexing.isAlive()).as("the run is still going when it is killed").isTrue();
      indexing.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no last commit
      assertThat(indexing.waitFor()).isNotZero();

      IndexHealth health = DragomanIndex.check(dir);
      assertThat(health.problems()).as("index after crash %d", crash).isEmpty();
      assertThat(health.documents()).isPositive();
      committedAtKill.add(health.documents());
      assertThat(distinctLiveIds(dir)).hasSize((int) health.documents());
    }
    assertThat(committedAtKill.get(0)).isLessThan(ARTICLES);

    Cli.Result rerun =
        new Cli().run("index", "--index", dir.toString(), "--no-progress", corpus.toString());

    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(rerun.out()).contains("invalid   0");
    assertThat(distinctLiveIds(dir)).hasSize(ARTICLES);
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).as("no duplicates").isEqualTo(ARTICLES);
    }
    IndexHealth after = DragomanIndex.check(dir);
    assertThat(after.problems()).isEmpty();
    assertThat(after.documents()).isEqualTo(ARTICLES);
    Cli.Result check = new Cli().run("check", "--index", dir.toString());
    assertThat(check.exitCode()).as(check.err()).isZero();
  }

  private static Path writeCorpus(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        out.write(
            String.format(
                "{\"id\": \"crash-%05d\", \"date\": \"2024-%02d-%02d\", \"source\": \"Source %d\","
                    + " \"title\": \"Article %d on Tokayev and Rahmon\", \"body\": \"Tokayev met"
                    + " Rahmon in Dushanbe for talks number %d on water, energy and trade.\"}%n",
                i, 1 + i % 12, 1 + i % 28, i % 7, i, i));
      }
    }
    return file;
  }

  /** {@code java -cp <this test's classpath> org.dragoman.cli.Dragoman index ...}. */
  private static Process startIndexing(Path dir, Path corpus, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        List.of(
            java,
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx256m",
            "-cp",
            classpath,
            Dragoman.class.getName(),
            "index",
            "--index",
            dir.toString(),
            "--commit-every",
            String.valueOf(COMMIT_EVERY),
            "--no-progress",
            corpus.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static long lastCommitGeneration(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return Math.max(0, SegmentInfos.getLastCommitGeneration(directory.listAll()));
    }
  }

  private static void waitForCommits(Path dir, long generation, Process indexing)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (lastCommitGeneration(dir) < generation) {
      assertThat(indexing.isAlive()).as("indexing process ended early").isTrue();
      assertThat(System.nanoTime()).as("waiting for commits").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** The ids of the live documents of the last commit, each once. */
  private static Set<String> distinctLiveIds(Path dir) throws IOException {
    Set<String> ids = new HashSet<>();
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            String id = stored.document(doc).get(ArticleSchema.ID);
            assertThat(ids.add(id)).as("id %s twice", id).isTrue();
          }
        }
      }
    }
    return ids;
  }
}
