package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.index.ArticleSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman check}: a clean index exits 0; corrupt, foreign or missing ones exit 3. */
class CheckCommandTest {

  @TempDir static Path shared;
  @TempDir Path tmp;

  private static Path clean;

  @BeforeAll
  static void buildIndex() {
    clean = shared.resolve("index");
    Cli.Result built =
        new Cli()
            .run(
                "index",
                "--index",
                clean.toString(),
                Cli.corpus().resolve("kremlin-centralasia.jsonl.gz").toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
  }

  @Test
  void aCleanIndexReportsItsFiguresAndExitsZero() {
    Cli.Result result = new Cli().run("check", "--index", clean.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines())
        .contains(
            "status     clean",
            "documents  605",
            "schema     version "
                + ArticleSchema.VERSION
                + " (this Dragoman reads "
                + ArticleSchema.VERSION
                + ")")
        .anyMatch(line -> line.matches("segments   [1-9][0-9]*"));
    assertThat(result.err()).isEmpty();
  }

  @Test
  void jsonOutputIsOneObject() {
    Cli.Result result = new Cli().run("check", "--index", clean.toString(), "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).hasSize(1);
    assertThat(result.out())
        .contains("\"healthy\":true")
        .contains("\"documents\":605")
        .contains("\"schema_version\":\"" + ArticleSchema.VERSION + "\"")
        .contains("\"expected_schema_version\":" + ArticleSchema.VERSION)
        .contains("\"problems\":[]");
  }

  @Test
  void aCorruptedSegmentFileIsFoundAndTheMessageSaysToReindex() throws IOException {
    Path copy = copyOf(clean);
    Path largest = largestSegmentFile(copy);
    flipBytesInTheMiddle(largest);

    Cli.Result result = new Cli().run("check", "--index", copy.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).contains("status     1 problem(s)");
    assertThat(result.err())
        .contains("is corrupt")
        .contains("index the articles again into a new directory")
        .doesNotContain("\tat ");
  }

  @Test
  void aCorruptedCommitFileIsFound() throws IOException {
    Path copy = copyOf(clean);
    Path segmentsFile;
    try (Stream<Path> files = Files.list(copy)) {
      segmentsFile =
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().get();
    }
    flipBytesInTheMiddle(segmentsFile);

    Cli.Result result = new Cli().run("check", "--index", copy.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("the last commit cannot be read").contains("re-index");
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsToldToReindex() throws IOException {
    Path copy = copyOf(clean);
    try (FSDirectory directory = FSDirectory.open(copy);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.setLiveCommitData(Map.of(ArticleSchema.VERSION_KEY, "999").entrySet());
      writer.commit();
    }

    Cli.Result result = new Cli().run("check", "--index", copy.toString(), "--json");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).contains("\"healthy\":false").contains("\"schema_version\":\"999\"");
    assertThat(result.err())
        .contains(
            "schema version 999, but this Dragoman reads version "
                + ArticleSchema.VERSION
                + ": index the articles again into"
                + " a new directory");
  }

  @Test
  void aMissingIndexExitsThree() {
    Cli.Result result = new Cli().run("check", "--index", tmp.resolve("none").toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("no Dragoman index at").contains("no such directory");
  }

  private Path copyOf(Path index) throws IOException {
    Path copy = Files.createDirectories(tmp.resolve("copy"));
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    return copy;
  }

  private static Path largestSegmentFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("segments"))
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(CheckCommandTest::size))
          .orElseThrow();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void flipBytesInTheMiddle(Path file) throws IOException {
    try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
      long middle = data.length() / 2;
      for (long at = middle; at < Math.min(data.length(), middle + 16); at++) {
        data.seek(at);
        int b = data.read();
        data.seek(at);
        data.write(~b);
      }
    }
  }
}
