package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories: read recursively in name order, by file type; other files skipped with a reason. */
class DirectoryReadingTest {

  private final Path nested = TestData.fixture("nested");

  @TempDir Path tmp;

  @Test
  void readsEverySupportedFileRecursivelyInNameOrder() throws IOException {
    RecordingSink sink = RecordingSink.read(nested);

    assertThat(sink.ids().subList(0, 4))
        .containsExactly("nested-a1", "nested-b1", "nested-b2", "nested-c1");
    assertThat(sink.accepted).hasSize(5);
    assertThat(sink.accepted.get(4).file()).endsWith("d-article.txt");
    assertThat(sink.articles().get(4).source()).isEqualTo("Kabar");
    assertThat(sink.articles().get(4).citedSources()).containsExactly("Kyrgyz President");
    assertThat(sink.rejected).isEmpty();
  }

  @Test
  void skipsUnsupportedAndEmptyFilesWithAReason() throws IOException {
    RecordingSink sink = RecordingSink.read(nested);

    assertThat(sink.skipped)
        .extracting(IngestProblem::file, IngestProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(nested.resolve("notes.md").toString(), 0L),
            org.assertj.core.groups.Tuple.tuple(nested.resolve("sub/empty.jsonl").toString(), 0L));
    assertThat(sink.skipped.get(0).reason()).startsWith("unsupported file type");
    assertThat(sink.skipped.get(1).reason()).contains("empty");
  }

  @Test
  void totalBytesIsWhatAReadReportsAsRead() throws IOException {
    RecordingSink sink = RecordingSink.read(nested);
    long supportedFiles =
        Files.size(nested.resolve("a-first.jsonl"))
            + Files.size(nested.resolve("b-second.jsonl"))
            + Files.size(nested.resolve("sub/c-third.jsonl.gz"))
            + Files.size(nested.resolve("sub/d-article.txt"));

    assertThat(CorpusReader.totalBytes(List.of(nested))).isEqualTo(supportedFiles);
    assertThat(sink.bytesRead).isEqualTo(supportedFiles);
  }

  @Test
  void totalBytesAddsUpSeveralPathsAndCountsMissingOnesAsZero() throws IOException {
    Path gz = TestData.fixture("good.jsonl.gz");

    assertThat(CorpusReader.totalBytes(List.of(gz, tmp.resolve("missing.jsonl"), nested)))
        .isEqualTo(Files.size(gz) + CorpusReader.totalBytes(List.of(nested)));
  }

  @Test
  void anUnsupportedFileNamedExplicitlyIsRejected() throws IOException {
    RecordingSink sink = RecordingSink.read(nested.resolve("notes.md"));

    assertThat(sink.rejected)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isZero();
              assertThat(p.reason()).startsWith("unsupported file type: Dragoman reads .jsonl");
            });
  }

  @Test
  void aMissingFileNamedExplicitlyIsRejected() throws IOException {
    RecordingSink sink = RecordingSink.read(tmp.resolve("nope.jsonl"));

    assertThat(sink.rejected)
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).endsWith("nope.jsonl: no such file or directory"));
  }

  @Test
  void hiddenFilesAreSkipped() throws IOException {
    Files.writeString(tmp.resolve(".partial.jsonl"), "{\"id\": \"x\", \"body\": \"y\"}\n");
    Files.writeString(tmp.resolve("visible.jsonl"), "{\"id\": \"v\", \"body\": \"w\"}\n");

    RecordingSink sink = RecordingSink.read(tmp);

    assertThat(sink.ids()).containsExactly("v");
    assertThat(sink.skipped)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("hidden"));
  }
}
