package org.dragoman.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;
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
 * Query latency of Dragoman against plain Lucene over the same documents, top 10 hits with their
 * ids. {@code lucene} runs the same query string over its one body field; for the filter and sort
 * kinds, which plain Lucene's schema cannot express, it runs the {@code term} query, so those rows
 * read as the cost of the filter or sort over an unfiltered term search. Both engines parse the
 * query string in each search, and both search indexes merged to one segment ({@link
 * PreparedIndexes}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar QueryLatency -p corpus=../shared/corpus/ungdc-full.jsonl.gz -p split=passages
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx4g",
      "--add-modules=jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED"
    })
// 15 s of warm-up: on 2 shared vCPUs a Dragoman search reached its steady time only after 8-10 s
// of searching (CPU per search in 2-second rounds: 757, 249, 123, 88, 60, 58 µs), so 6 s
// measured part of the JIT compilation; both engines get the same.
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class QueryLatencyBenchmark {

  @Param({"dragoman", "lucene"})
  public String engine;

  @Param({
    "term",
    "and",
    "or",
    "phrase",
    "name_variant",
    "date_range",
    "source_filter",
    "newest_first",
    "facets"
  })
  public String query;

  /**
   * Whether Dragoman's hits come with highlighted snippets (the default of a search). {@code false}
   * compares like with like: the lucene baseline returns ids only. {@code lucene} ignores it, so
   * run it with one value ({@code -p engine=lucene -p snippets=true}); the report pairs its rows
   * with both.
   */
  @Param({"true", "false"})
  public boolean snippets;

  /** JSON Lines file, .gz or directory; empty for the bundled testdata/corpus. */
  @Param("")
  public String corpus;

  /** Cap on documents (0: all). */
  @Param("0")
  public int docs;

  /** {@code none} or {@code passages} (about 1,500 characters each). */
  @Param("none")
  public String split;

  private DragomanIndex dragoman;
  private LuceneBaseline lucene;
  private SearchRequest request;
  private String luceneQueryText;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir = PreparedIndexes.get(engine, corpus, docs, split);
    if (engine.equals("dragoman")) {
      dragoman = DragomanIndex.openExisting(dir, DragomanOptions.defaults());
      request = dragomanRequest(query, mostCommonSource(dragoman), snippets);
      dragoman.search(request);
    } else {
      lucene = new LuceneBaseline(dir);
      lucene.openSearcher();
      luceneQueryText = queryText(query);
    }
  }

  private static String mostCommonSource(DragomanIndex index) throws IOException {
    return index.stats().sources().keySet().stream().findFirst().orElse("none");
  }

  /** The query string of each kind; the filter and sort kinds search the term. */
  static String queryText(String kind) {
    return switch (kind) {
      case "term", "date_range", "source_filter", "newest_first", "facets" -> "Kazakhstan";
      case "and" -> "nuclear disarmament";
      case "or" -> "Tajikistan OR Kyrgyzstan";
      case "phrase" -> "\"Central Asia\"";
      // A Cyrillic spelling over mostly Latin text: only name-aware analysis finds the rest.
      case "name_variant" -> "Казахстан";
      default -> throw new IllegalArgumentException("query kind " + kind + " is unknown");
    };
  }

  static SearchRequest dragomanRequest(String kind, String someSource, boolean snippets) {
    SearchRequest.Builder b = SearchRequest.builder(queryText(kind)).limit(10).snippets(snippets);
    switch (kind) {
      case "date_range" -> b.from(ArticleDate.parse("2000")).to(ArticleDate.parse("2010"));
      case "source_filter" -> b.source(someSource);
      case "newest_first" -> b.sort(SortOrder.NEWEST);
      case "facets" -> b.facets(true);
      default -> {}
    }
    return b.build();
  }

  @Benchmark
  public Object search() throws IOException {
    if (dragoman != null) {
      SearchResult result = dragoman.search(request);
      return result;
    }
    // Parsed per search, as Dragoman parses its query string per search.
    return lucene.search(lucene.parse(luceneQueryText), 10);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (dragoman != null) {
      dragoman.close();
    }
    if (lucene != null) {
      lucene.close();
    }
  }
}
