package org.dragoman.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

  private static String sample(String engine, String query, double p50, double p99) {
    return """
        {"benchmark": "org.dragoman.benchmarks.QueryLatencyBenchmark.search", "mode": "sample",
         "params": {"engine": "%s", "query": "%s", "corpus": "", "docs": "0", "split": "none"},
         "primaryMetric": {"score": 1.0, "scoreUnit": "us/op",
           "scorePercentiles": {"50.0": %s, "99.0": %s}}}
        """
        .formatted(engine, query, p50, p99);
  }

  @Test
  void dividesEachEngineByTheBaselineOfTheSameConfiguration(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("results.json");
    Files.writeString(
        json,
        "["
            + String.join(
                ",",
                sample("dragoman", "term", 30.0, 90.0),
                sample("lucene", "term", 20.0, 50.0),
                sample("dragoman", "phrase", 80.0, 200.0),
                sample("lucene", "phrase", 100.0, 300.0))
            + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    BenchmarkReport.print(
        BenchmarkReport.read(json), new PrintStream(out, true, StandardCharsets.UTF_8));

    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .contains("| query=term | dragoman | 30.0 | 90.0 | 1.50x |")
        .contains("| query=term | lucene | 20.0 | 50.0 | 1.00x |")
        .contains("| query=phrase | dragoman | 80.0 | 200.0 | 0.80x |");
  }

  @Test
  void readsTheDocumentCounterOfThroughputBenchmarks(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("results.json");
    Files.writeString(
        json,
        """
        [{"benchmark": "org.dragoman.benchmarks.IndexingBenchmark.index", "mode": "thrpt",
          "params": {"engine": "dragoman", "threads": "1"},
          "primaryMetric": {"score": 0.1, "scoreUnit": "ops/s"},
          "secondaryMetrics": {"docs": {"score": 2500.0, "scoreUnit": "ops/s"}}},
         {"benchmark": "org.dragoman.benchmarks.IndexingBenchmark.index", "mode": "thrpt",
          "params": {"engine": "lucene", "threads": "1"},
          "primaryMetric": {"score": 0.2, "scoreUnit": "ops/s"},
          "secondaryMetrics": {"docs": {"score": 5000.0, "scoreUnit": "ops/s"}}}]
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    BenchmarkReport.print(
        BenchmarkReport.read(json), new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("| threads=1 | dragoman | 2500.0 | 0.50x |");
  }
}
