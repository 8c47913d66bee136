package org.dragoman.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.model.Article;
import org.dragoman.model.IndexReport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput: Dragoman (all its fields, name analysis included, committed) against plain
 * Lucene (id plus one StandardAnalyzer body field, committed) over the same articles held in
 * memory, so parsing the input is not measured. Each invocation indexes the whole corpus into a new
 * directory; the {@code docs} counter reads as documents per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Indexing -p corpus=../shared/corpus/ungdc-full.jsonl.gz -p split=passages
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx4g",
      "--add-modules=jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED"
    })
// One invocation indexes the whole corpus, so an iteration is one invocation. Dragoman's chain has
// more code for the JIT to compile than plain Lucene's: with one warm-up invocation its first
// measured ones still ran 2-3x slower than its later ones, which biased the ratio against it.
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 3, time = 1)
public class IndexingBenchmark {

  @Param({"dragoman", "lucene"})
  public String engine;

  @Param({"1", "2"})
  public int threads;

  @Param("")
  public String corpus;

  @Param("0")
  public int docs;

  @Param("none")
  public String split;

  private List<Article> articles;
  private Path dir;

  /** Documents indexed, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Documents {
    public long docs;

    @Setup(Level.Iteration)
    public void clear() {
      docs = 0;
    }
  }

  @Setup(Level.Trial)
  public void load() throws IOException {
    articles = BenchmarkCorpus.load(corpus, docs, split);
  }

  @Setup(Level.Invocation)
  public void newDirectory() throws IOException {
    dir = TempDirs.create("indexing-" + engine);
  }

  @Benchmark
  public long index(Documents counter) throws IOException, InterruptedException {
    long written = indexInto(dir, engine, articles, threads);
    counter.docs += written;
    return written;
  }

  /**
   * Indexes {@code articles} with {@code engine} into the empty directory {@code dir}, with {@code
   * threads} threads, and commits; returns the number of documents written.
   */
  static long indexInto(Path dir, String engine, List<Article> articles, int threads)
      throws IOException, InterruptedException {
    if (engine.equals("dragoman")) {
      try (DragomanIndex index =
          DragomanIndex.open(dir, DragomanOptions.defaults().withThreads(threads))) {
        IndexReport report = index.addArticles(articles);
        return report.written();
      }
    } else if (engine.equals("lucene")) {
      try (LuceneBaseline lucene = new LuceneBaseline(dir)) {
        lucene.index(articles, threads);
      }
      return articles.size();
    }
    throw new IllegalArgumentException("engine " + engine + " is not dragoman or lucene");
  }

  @TearDown(Level.Invocation)
  public void deleteDirectory() throws IOException {
    TempDirs.delete(dir);
  }
}
