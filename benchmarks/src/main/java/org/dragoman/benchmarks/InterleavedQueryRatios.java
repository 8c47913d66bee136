package org.dragoman.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.model.SearchRequest;

/**
 * A check of {@link QueryLatencyBenchmark}'s ratios that other jobs on a shared machine disturb
 * less: each Dragoman search is followed by the same search in plain Lucene, and each is timed in
 * CPU time of the searching thread, so that both engines meet the same load and a descheduled
 * thread does not count. Prints the median per query kind and the ratio, on the indexes the
 * benchmark prepared (built first if needed).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.dragoman.benchmarks.InterleavedQueryRatios \
 *     CORPUS passages 1500 [snippets] [no-query-cache] [query=TEXT ...]
 * </pre>
 */
public final class InterleavedQueryRatios {

  private static final List<String> KINDS =
      List.of("term", "and", "or", "phrase", "name_variant", "newest_first");

  private static final int WARM_UP_PASSES = 2;

  private InterleavedQueryRatios() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: InterleavedQueryRatios CORPUS none|passages ROUNDS [snippets] [no-query-cache]"
              + " [query=TEXT ...]");
    }
    String corpus = args[0];
    String split = args[1];
    int rounds = Integer.parseInt(args[2]);
    List<String> options = Arrays.asList(args).subList(3, args.length);
    boolean snippets = options.contains("snippets");
    if (options.contains("no-query-cache")) {
      // Without Lucene's cache of repeated non-scoring queries (which can answer Dragoman's count).
      IndexSearcher.setDefaultQueryCache(null);
    }
    // query=TEXT options replace the benchmark's kinds with relevance searches of those texts.
    List<String> texts =
        options.stream().filter(o -> o.startsWith("query=")).map(o -> o.substring(6)).toList();
    List<String> labels = texts.isEmpty() ? KINDS : texts;
    List<SearchRequest> requests =
        texts.isEmpty()
            ? KINDS.stream()
                .map(k -> QueryLatencyBenchmark.dragomanRequest(k, "", snippets))
                .toList()
            : texts.stream()
                .map(t -> SearchRequest.builder(t).limit(10).snippets(snippets).build())
                .toList();
    List<String> luceneTexts =
        texts.isEmpty() ? KINDS.stream().map(QueryLatencyBenchmark::queryText).toList() : texts;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Path dragomanDir = PreparedIndexes.get("dragoman", corpus, 0, split);
    Path luceneDir = PreparedIndexes.get("lucene", corpus, 0, split);
    try (DragomanIndex dragoman =
            DragomanIndex.openExisting(dragomanDir, DragomanOptions.defaults());
        LuceneBaseline lucene = new LuceneBaseline(luceneDir)) {
      lucene.openSearcher();
      long[][] dragomanNanos = new long[labels.size()][rounds];
      long[][] luceneNanos = new long[labels.size()][rounds];
      long[] totals = new long[labels.size()];
      // Two passes warm the JIT up. After one, the kind measured first was still settling: the
      // same search of Kazakhstan measured first and again last in one run took 71.7 and 57.2 µs
      // (plain Lucene's 46.1 and 41.1 µs).
      for (int pass = 0; pass < WARM_UP_PASSES + 1; pass++) {
        for (int k = 0; k < labels.size(); k++) {
          SearchRequest request = requests.get(k);
          String text = luceneTexts.get(k);
          for (int i = 0; i < rounds; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            totals[k] = dragoman.search(request).total();
            long middle = cpu.getCurrentThreadCpuTime();
            lucene.search(lucene.parse(text), 10);
            long end = cpu.getCurrentThreadCpuTime();
            dragomanNanos[k][i] = middle - start;
            luceneNanos[k][i] = end - middle;
          }
        }
      }
      // The first row: the term query, or the first query=TEXT.
      double luceneFirst = median(luceneNanos[0]);
      String row = "%-" + Math.max(14, labels.stream().mapToInt(String::length).max().orElse(0));
      System.out.printf(
          row + "s %12s %12s %8s %14s %10s%n",
          "query",
          "dragoman us",
          "lucene us",
          "ratio",
          texts.isEmpty() ? "/ lucene term" : "/ lucene 1st",
          "total");
      for (int k = 0; k < labels.size(); k++) {
        double d = median(dragomanNanos[k]);
        double l = median(luceneNanos[k]);
        System.out.printf(
            row + "s %12.1f %12.1f %7.2fx %13.2fx %10d%n",
            labels.get(k),
            d / 1e3,
            l / 1e3,
            d / l,
            d / luceneFirst,
            totals[k]);
      }
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
