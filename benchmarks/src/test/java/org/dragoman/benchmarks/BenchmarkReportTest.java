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

  private static String query(String engine, String query, String snippets, double p50) {
    return """
        {"benchmark": "org.dragoman.benchmarks.QueryLatencyBenchmark.search", "mode": "sample",
         "params": {"engine": "%s", "query": "%s", "snippets": "%s", "corpus": "", "docs": "0",
           "split": "passages"},
         "primaryMetric": {"score": 1.0, "scoreUnit": "us/op",
           "scorePercentiles": {"50.0": %s, "99.0": %s}}}
        """
        .formatted(engine, query, snippets, p50, p50 * 3);
  }

  private static String indexing(String engine, int threads, double docsPerSecond) {
    return """
        {"benchmark": "org.dragoman.benchmarks.IndexingBenchmark.index", "mode": "thrpt",
         "params": {"engine": "%s", "threads": "%d"},
         "primaryMetric": {"score": 0.1, "scoreUnit": "ops/s"},
         "secondaryMetrics": {"docs": {"score": %s, "scoreUnit": "ops/s"}}}
        """
        .formatted(engine, threads, docsPerSecond);
  }

  private static String analysis(String analyzer, String text, double megabytesPerSecond) {
    return """
        {"benchmark": "org.dragoman.benchmarks.AnalysisBenchmark.analyze", "mode": "thrpt",
         "params": {"analyzer": "%s", "text": "%s", "chars": "2000000"},
         "primaryMetric": {"score": 3.0, "scoreUnit": "ops/s"},
         "secondaryMetrics": {"megabytes": {"score": %s, "scoreUnit": "ops/s"}}}
        """
        .formatted(analyzer, text, megabytesPerSecond);
  }

  private static String report(Path dir, String... results) throws IOException {
    Path json = dir.resolve("results.json");
    Files.writeString(json, "[" + String.join(",", results) + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BenchmarkReport.print(
        BenchmarkReport.read(json), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneLuceneRowIsTheBaselineOfDragomanWithAndWithoutSnippets(@TempDir Path dir)
      throws IOException {
    String table =
        report(
            dir,
            query("dragoman", "term", "true", 300.0),
            query("dragoman", "term", "false", 120.0),
            query("lucene", "term", "true", 100.0));

    assertThat(table)
        .contains("| query=term snippets=true | dragoman | 300.0 | 900.0 | 3.00x |")
        .contains("| query=term snippets=false | dragoman | 120.0 | 360.0 | 1.20x |")
        .contains("| p50 dragoman / lucene | query=term snippets=true | 3.00x | <= 1.50x | MISS |")
        .contains(
            "| p50 dragoman / lucene | query=term snippets=false | 1.20x | <= 1.50x | PASS |");
  }

  @Test
  void checksNameVariantsAgainstTheLuceneTermQueryAndNewestFirstAgainstRelevance(@TempDir Path dir)
      throws IOException {
    String table =
        report(
            dir,
            query("dragoman", "term", "false", 100.0),
            query("dragoman", "name_variant", "false", 190.0),
            query("dragoman", "newest_first", "false", 110.0),
            query("lucene", "term", "true", 100.0),
            query("lucene", "name_variant", "true", 5.0));

    assertThat(table)
        .contains(
            "| p50 dragoman name_variant / lucene term | query=name_variant snippets=false"
                + " | 1.90x | <= 2.00x | PASS |")
        .contains(
            "| p50 dragoman newest_first / dragoman term | query=newest_first snippets=false"
                + " | 1.10x | <= 1.00x | MISS |");
  }

  @Test
  void checksIndexingAgainstLuceneAndTwoThreadsAgainstOne(@TempDir Path dir) throws IOException {
    String table =
        report(
            dir,
            indexing("dragoman", 1, 1000.0),
            indexing("dragoman", 2, 1800.0),
            indexing("lucene", 1, 4000.0),
            indexing("lucene", 2, 5000.0));

    assertThat(table)
        .contains("### IndexingBenchmark (docs/s; ratio = x / lucene, same run)")
        .contains("| indexing dragoman / lucene (docs/s) | threads=1 | 0.25x | >= 0.50x | MISS |")
        .contains("| indexing dragoman / lucene (docs/s) | threads=2 | 0.36x | >= 0.50x | MISS |")
        .contains(
            "| indexing dragoman 2 threads / 1 thread | engine=dragoman | 1.80x | >= 1.70x | PASS |");
  }

  @Test
  void checksAnalysisAgainstStandardPerLanguageAndAgainstIcu(@TempDir Path dir) throws IOException {
    String table =
        report(
            dir,
            analysis("dragoman", "en", 30.0),
            analysis("standard", "en", 50.0),
            analysis("icu", "en", 5.0),
            analysis("dragoman", "ru", 10.0),
            analysis("standard", "ru", 40.0),
            analysis("icu", "ru", 1.0));

    assertThat(table)
        .contains("### AnalysisBenchmark (MB/s; ratio = x / standard, same run)")
        .contains("| text=en | dragoman | 30.0 | 0.60x |")
        .contains("| analysis dragoman / standard | text=en | 0.60x | >= 0.50x | PASS |")
        .contains("| analysis dragoman / icu | text=en | 6.00x | >= 7.00x | MISS |")
        .contains("| analysis dragoman / standard | text=ru | 0.25x | >= 0.35x | MISS |")
        .contains("| analysis dragoman / icu | text=ru | 10.00x | >= 7.00x | PASS |");
  }
}
