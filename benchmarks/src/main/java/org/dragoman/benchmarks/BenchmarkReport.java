package org.dragoman.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results ({@code -rf json -rff results.json}) into markdown tables of ratios
 * against the baseline measured in the same run: {@code lucene} for the engine benchmarks, {@code
 * standard} for the analyzers. Latency rows use the median (p50) and p99; throughput rows the score
 * (or the {@code docs} counter of the indexing benchmark).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.dragoman.benchmarks.BenchmarkReport results.json
 * </pre>
 */
public final class BenchmarkReport {

  /** One measured configuration: its benchmark class, parameters and figures. */
  record Row(String benchmark, Map<String, String> params, double value, double p99, String unit) {}

  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BenchmarkReport RESULTS.json");
      System.exit(2);
    }
    print(read(Path.of(args[0])), System.out);
  }

  static List<Row> read(Path json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : new ObjectMapper().readTree(json.toFile())) {
      String benchmark = result.path("benchmark").asText();
      String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
      className = className.substring(className.lastIndexOf('.') + 1);
      Map<String, String> params = new TreeMap<>();
      result
          .path("params")
          .fields()
          .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode metric = result.path("primaryMetric");
      JsonNode docs = result.path("secondaryMetrics").path("docs");
      if (!docs.isMissingNode()) {
        metric = docs;
      }
      JsonNode percentiles = metric.path("scorePercentiles");
      boolean sampled = result.path("mode").asText().equals("sample");
      double value =
          sampled ? percentiles.path("50.0").asDouble() : metric.path("score").asDouble();
      double p99 = sampled ? percentiles.path("99.0").asDouble() : Double.NaN;
      rows.add(new Row(className, params, value, p99, metric.path("scoreUnit").asText()));
    }
    return rows;
  }

  static void print(List<Row> rows, PrintStream out) {
    Map<String, List<Row>> byBenchmark = new LinkedHashMap<>();
    rows.forEach(r -> byBenchmark.computeIfAbsent(r.benchmark(), k -> new ArrayList<>()).add(r));
    byBenchmark.forEach((benchmark, list) -> printTable(benchmark, list, out));
  }

  private static void printTable(String benchmark, List<Row> rows, PrintStream out) {
    String key = rows.get(0).params().containsKey("analyzer") ? "analyzer" : "engine";
    String baseline = key.equals("analyzer") ? "standard" : "lucene";
    boolean latency = !Double.isNaN(rows.get(0).p99());
    out.printf(
        "%n### %s (%s; ratio = x / %s, same run)%n%n", benchmark, rows.get(0).unit(), baseline);
    out.println(
        latency
            ? "| configuration | " + key + " | p50 | p99 | p50 ratio |"
            : "| configuration | " + key + " | score | ratio |");
    out.println(latency ? "|---|---|---|---|---|" : "|---|---|---|---|");
    Map<String, Row> baselines = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.params().get(key).equals(baseline)) {
        baselines.put(configuration(row, key), row);
      }
    }
    for (Row row : rows) {
      String config = configuration(row, key);
      Row base = baselines.get(config);
      String ratio =
          base == null ? "-" : String.format(Locale.ROOT, "%.2fx", row.value() / base.value());
      if (latency) {
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.1f | %.1f | %s |%n",
            config,
            row.params().get(key),
            row.value(),
            row.p99(),
            ratio);
      } else {
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.1f | %s |%n",
            config,
            row.params().get(key),
            row.value(),
            ratio);
      }
    }
  }

  /** The parameters other than the engine, and other than the corpus settings shared by all. */
  private static String configuration(Row row, String key) {
    StringBuilder sb = new StringBuilder();
    row.params()
        .forEach(
            (name, value) -> {
              if (!name.equals(key)
                  && !name.equals("corpus")
                  && !name.equals("docs")
                  && !name.equals("split")) {
                sb.append(sb.length() == 0 ? "" : " ").append(name).append('=').append(value);
              }
            });
    return sb.toString();
  }
}
