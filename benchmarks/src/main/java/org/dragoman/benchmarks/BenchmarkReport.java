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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results ({@code -rf json -rff results.json}) into markdown tables of ratios
 * against the baseline measured in the same run: {@code lucene} for the engine benchmarks, {@code
 * standard} for the analyzers. Latency rows use the median (p50) and p99; throughput rows the score
 * (or the counter that names the unit of work: {@code docs} of the indexing benchmark, {@code
 * megabytes} of the analysis benchmark). A last table checks the targets of the benchmarks' issue,
 * each ratio marked PASS or MISS.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.dragoman.benchmarks.BenchmarkReport results.json [more.json ...]
 * </pre>
 */
public final class BenchmarkReport {

  /** One measured configuration: its benchmark class, parameters and figures. */
  record Row(String benchmark, Map<String, String> params, double value, double p99, String unit) {

    String param(String name) {
      return params.getOrDefault(name, "");
    }
  }

  /**
   * A target ratio and how one run did against it.
   *
   * @param name what is compared, e.g. {@code name_variant / lucene term}
   * @param configuration the other parameters of the compared rows
   * @param ratio the measured ratio
   * @param atLeast true when the ratio must reach {@code goal}, false when it must stay at or below
   * @param goal the target ratio
   */
  record Target(String name, String configuration, double ratio, boolean atLeast, double goal) {

    boolean met() {
      return atLeast ? ratio >= goal : ratio <= goal;
    }
  }

  /** Query kinds whose p50 must stay within {@value #SAME_QUERY_GOAL}x of lucene's. */
  private static final Set<String> SAME_QUERY_KINDS = Set.of("term", "and", "or", "phrase");

  private static final double SAME_QUERY_GOAL = 1.5;

  /** Parameters that the baselines ignore: a baseline row pairs with rows of any value. */
  private static final Set<String> IGNORED_BY_BASELINES = Set.of("snippets");

  /** Parameters shared by every row of a run, left out of configuration labels. */
  private static final Set<String> CORPUS_PARAMS = Set.of("corpus", "docs", "split", "chars");

  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: BenchmarkReport RESULTS.json [MORE.json ...]");
      System.exit(2);
    }
    List<Row> rows = new ArrayList<>();
    for (String arg : args) {
      rows.addAll(read(Path.of(arg)));
    }
    print(rows, System.out);
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
      for (String counter : List.of("docs", "megabytes")) {
        JsonNode secondary = result.path("secondaryMetrics").path(counter);
        if (!secondary.isMissingNode()) {
          metric = secondary;
        }
      }
      JsonNode percentiles = metric.path("scorePercentiles");
      boolean sampled = result.path("mode").asText().equals("sample");
      double value =
          sampled ? percentiles.path("50.0").asDouble() : metric.path("score").asDouble();
      double p99 = sampled ? percentiles.path("99.0").asDouble() : Double.NaN;
      String unit = metric.path("scoreUnit").asText();
      if (metric != result.path("primaryMetric")) {
        unit = result.path("secondaryMetrics").path("docs").isMissingNode() ? "MB/s" : "docs/s";
      }
      rows.add(new Row(className, params, value, p99, unit));
    }
    return rows;
  }

  static void print(List<Row> rows, PrintStream out) {
    Map<String, List<Row>> byBenchmark = new LinkedHashMap<>();
    rows.forEach(r -> byBenchmark.computeIfAbsent(r.benchmark(), k -> new ArrayList<>()).add(r));
    byBenchmark.forEach((benchmark, list) -> printTable(benchmark, list, out));
    List<Target> targets = targets(rows);
    if (!targets.isEmpty()) {
      out.printf("%n### Targets (same run)%n%n");
      out.println("| target | configuration | ratio | goal | result |");
      out.println("|---|---|---|---|---|");
      for (Target t : targets) {
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.2fx | %s %.2fx | %s |%n",
            t.name(),
            t.configuration().isEmpty() ? "-" : t.configuration(),
            t.ratio(),
            t.atLeast() ? ">=" : "<=",
            t.goal(),
            t.met() ? "PASS" : "MISS");
      }
    }
  }

  /** The targets that the rows allow to check, in the order of the issue. */
  static List<Target> targets(List<Row> rows) {
    List<Target> targets = new ArrayList<>();
    for (Row row : rows) {
      if (row.benchmark().equals("AnalysisBenchmark") && row.param("analyzer").equals("dragoman")) {
        double standardGoal =
            switch (row.param("text")) {
              case "en" -> 0.5;
              case "ru" -> 0.35;
              default -> Double.NaN;
            };
        String config = configuration(row, "analyzer");
        if (!Double.isNaN(standardGoal)) {
          partner(rows, row, Map.of("analyzer", "standard"))
              .ifPresent(
                  base ->
                      targets.add(
                          new Target(
                              "analysis dragoman / standard",
                              config,
                              row.value() / base.value(),
                              true,
                              standardGoal)));
        }
        partner(rows, row, Map.of("analyzer", "icu"))
            .ifPresent(
                base ->
                    targets.add(
                        new Target(
                            "analysis dragoman / icu",
                            config,
                            row.value() / base.value(),
                            true,
                            7)));
      }
    }
    for (Row row : rows) {
      if (row.benchmark().equals("IndexingBenchmark") && row.param("engine").equals("dragoman")) {
        partner(rows, row, Map.of("engine", "lucene"))
            .ifPresent(
                base ->
                    targets.add(
                        new Target(
                            "indexing dragoman / lucene (docs/s)",
                            configuration(row, "engine"),
                            row.value() / base.value(),
                            true,
                            0.5)));
      }
    }
    for (Row row : rows) {
      if (row.benchmark().equals("IndexingBenchmark")
          && row.param("engine").equals("dragoman")
          && row.param("threads").equals("2")) {
        partner(rows, row, Map.of("threads", "1"))
            .ifPresent(
                base ->
                    targets.add(
                        new Target(
                            "indexing dragoman 2 threads / 1 thread",
                            configuration(row, "threads"),
                            row.value() / base.value(),
                            true,
                            1.7)));
      }
    }
    for (Row row : rows) {
      if (!row.benchmark().equals("QueryLatencyBenchmark")
          || !row.param("engine").equals("dragoman")) {
        continue;
      }
      String kind = row.param("query");
      String config = configuration(row, "engine");
      if (SAME_QUERY_KINDS.contains(kind)) {
        partner(rows, row, Map.of("engine", "lucene"))
            .ifPresent(
                base ->
                    targets.add(
                        new Target(
                            "p50 dragoman / lucene",
                            config,
                            row.value() / base.value(),
                            false,
                            SAME_QUERY_GOAL)));
      } else if (kind.equals("name_variant")) {
        partner(rows, row, Map.of("engine", "lucene", "query", "term"))
            .ifPresent(
                base ->
                    targets.add(
                        new Target(
                            "p50 dragoman name_variant / lucene term",
                            config,
                            row.value() / base.value(),
                            false,
                            2)));
      } else if (kind.equals("newest_first")) {
        partner(rows, row, Map.of("query", "term"))
            .ifPresent(
                base ->
                    targets.add(
                        new Target(
                            "p50 dragoman newest_first / dragoman term",
                            config,
                            row.value() / base.value(),
                            false,
                            1)));
      }
    }
    return targets;
  }

  /** The row of the same benchmark whose parameters are {@code row}'s with {@code changes}. */
  private static Optional<Row> partner(List<Row> rows, Row row, Map<String, String> changes) {
    Map<String, String> wanted = new TreeMap<>(row.params());
    wanted.putAll(changes);
    boolean baseline = isBaseline(wanted);
    if (baseline) {
      wanted.keySet().removeAll(IGNORED_BY_BASELINES);
    }
    return rows.stream()
        .filter(r -> r.benchmark().equals(row.benchmark()))
        .filter(r -> (baseline ? withoutIgnored(r.params()) : r.params()).equals(wanted))
        .findFirst();
  }

  private static boolean isBaseline(Map<String, String> params) {
    return "lucene".equals(params.get("engine")) || "standard".equals(params.get("analyzer"));
  }

  private static Map<String, String> withoutIgnored(Map<String, String> params) {
    Map<String, String> kept = new TreeMap<>(params);
    kept.keySet().removeAll(IGNORED_BY_BASELINES);
    return kept;
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
    for (Row row : rows) {
      String config = configuration(row, key);
      Row base = partner(rows, row, Map.of(key, baseline)).orElse(null);
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

  /** The parameters other than {@code key}, and other than the corpus settings shared by all. */
  private static String configuration(Row row, String key) {
    StringBuilder sb = new StringBuilder();
    row.params()
        .forEach(
            (name, value) -> {
              if (!name.equals(key) && !CORPUS_PARAMS.contains(name)) {
                sb.append(sb.length() == 0 ? "" : " ").append(name).append('=').append(value);
              }
            });
    return sb.toString();
  }
}
