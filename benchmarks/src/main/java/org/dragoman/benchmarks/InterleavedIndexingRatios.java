package org.dragoman.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dragoman.model.Article;

/**
 * A check of {@link IndexingBenchmark}'s ratio that other jobs on a shared machine disturb less:
 * rounds alternate Dragoman and plain Lucene over the same articles (each round indexes them into a
 * new directory and commits, as one benchmark invocation does), so that both engines meet the same
 * load, and each round is also timed in CPU time of the whole process (indexing, merging, garbage
 * collection), which a descheduled thread does not add to. Prints, after the warm-up rounds, the
 * median documents per second and per CPU-second of each engine and the median of the rounds'
 * paired ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.dragoman.benchmarks.InterleavedIndexingRatios \
 *     CORPUS DOCS ROUNDS [none|passages] [THREADS]
 * </pre>
 */
public final class InterleavedIndexingRatios {

  private static final List<String> ENGINES = List.of("dragoman", "lucene");

  private InterleavedIndexingRatios() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: InterleavedIndexingRatios CORPUS DOCS ROUNDS [none|passages] [THREADS]");
    }
    int rounds = Integer.parseInt(args[2]);
    String split = args.length > 3 ? args[3] : "none";
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    if (rounds < 1 || threads < 1) {
      throw new IllegalArgumentException("ROUNDS and THREADS must be at least 1");
    }
    List<Article> articles = BenchmarkCorpus.load(args[0], Integer.parseInt(args[1]), split);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    // The first rounds let the JIT compile both engines' code (Dragoman's has more to compile).
    int warmUp = Math.max(2, rounds / 3);
    double[][] wall = new double[ENGINES.size()][rounds];
    double[][] cpu = new double[ENGINES.size()][rounds];
    for (int round = 0; round < warmUp + rounds; round++) {
      for (int e = 0; e < ENGINES.size(); e++) {
        Path dir = TempDirs.create("interleaved-" + ENGINES.get(e));
        try {
          long startWall = System.nanoTime();
          long startCpu = os.getProcessCpuTime();
          long written = IndexingBenchmark.indexInto(dir, ENGINES.get(e), articles, threads);
          long cpuNanos = os.getProcessCpuTime() - startCpu;
          long wallNanos = System.nanoTime() - startWall;
          if (round >= warmUp) {
            wall[e][round - warmUp] = written / (wallNanos / 1e9);
            cpu[e][round - warmUp] = written / (cpuNanos / 1e9);
          }
        } finally {
          TempDirs.delete(dir);
        }
      }
    }
    System.out.printf(
        "%d documents, %d thread(s), %d rounds after %d warm-up rounds%n",
        articles.size(), threads, rounds, warmUp);
    System.out.printf("%-10s %14s %18s%n", "engine", "docs/s", "docs/CPU-second");
    for (int e = 0; e < ENGINES.size(); e++) {
      System.out.printf("%-10s %14.0f %18.0f%n", ENGINES.get(e), median(wall[e]), median(cpu[e]));
    }
    System.out.printf(
        "dragoman / lucene: %.2fx docs/s, %.2fx docs/CPU-second (medians of paired rounds)%n",
        median(ratios(wall[0], wall[1])), median(ratios(cpu[0], cpu[1])));
  }

  private static double[] ratios(double[] dragoman, double[] lucene) {
    double[] ratios = new double[dragoman.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = dragoman[i] / lucene[i];
    }
    return ratios;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
