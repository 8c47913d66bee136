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
 *     CORPUS passages 1500 [snippets] [no-query-cache]
 * </pre>
 */
public final class InterleavedQueryRatios {

  private static final List<String> KINDS =
      List.of("term", "and", "or", "phrase", "name_variant", "newest_first");

  private InterleavedQueryRatios() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: InterleavedQueryRatios CORPUS none|passages ROUNDS [snippets] [no-query-cache]");
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
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Path dragomanDir = PreparedIndexes.get("dragoman", corpus, 0, split);
    Path luceneDir = PreparedIndexes.get("lucene", corpus, 0, split);
    try (DragomanIndex dragoman =
            DragomanIndex.openExisting(dragomanDir, DragomanOptions.defaults());
        LuceneBaseline lucene = new LuceneBaseline(luceneDir)) {
      lucene.openSearcher();
      long[][] dragomanNanos = new long[KINDS.size()][rounds];
      long[][] luceneNanos = new long[KINDS.size()][rounds];
      long[] totals = new long[KINDS.size()];
      for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
        for (int k = 0; k < KINDS.size(); k++) {
          String kind = KINDS.get(k);
          SearchRequest request = QueryLatencyBenchmark.dragomanRequest(kind, "", snippets);
          String text = QueryLatencyBenchmark.queryText(kind);
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
      double luceneTerm = median(luceneNanos[0]);
      System.out.printf(
          "%-14s %12s %12s %8s %14s %10s%n",
          "query", "dragoman us", "lucene us", "ratio", "/ lucene term", "total");
      for (int k = 0; k < KINDS.size(); k++) {
        double d = median(dragomanNanos[k]);
        double l = median(luceneNanos[k]);
        System.out.printf(
            "%-14s %12.1f %12.1f %7.2fx %13.2fx %10d%n",
            KINDS.get(k), d / 1e3, l / 1e3, d / l, d / luceneTerm, totals[k]);
      }
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
