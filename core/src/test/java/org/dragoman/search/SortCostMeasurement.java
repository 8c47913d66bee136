package org.dragoman.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.TestCorpus;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what collecting a first page of 10 with its exact total costs in each order (no
 * snippets: they depend on which articles are on the page, not on the order), on the Kremlin and UN
 * corpora copied 20 times (about 16,000 articles). Not a test: run it with {@code
 * -Ddragoman.measure=true}. The JMH query benchmark is the place for numbers that count.
 */
@EnabledIfSystemProperty(named = "dragoman.measure", matches = "true")
class SortCostMeasurement {

  private static final int COPIES = 20;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @TempDir Path dir;

  @Test
  void firstPageCollectionPerOrder() throws IOException {
    List<Article> base = new ArrayList<>(TestCorpus.kremlin());
    base.addAll(TestCorpus.ungdc());
    List<Article> articles = new ArrayList<>();
    for (int copy = 0; copy < COPIES; copy++) {
      for (Article a : base) {
        articles.add(
            Article.builder()
                .id(a.id() + "-" + copy)
                .date(a.date() == null ? null : a.date().toString())
                .source(a.source())
                .title(a.title())
                .body(a.body())
                .lang(a.lang())
                .build());
      }
    }
    try (DragomanIndex index = DragomanIndex.open(dir, DragomanOptions.defaults())) {
      index.addArticles(articles);
    }
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory);
        DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      System.err.printf(
          Locale.ROOT, "%d articles in %d segments%n", reader.numDocs(), reader.leaves().size());
      for (String text : List.of("Tajikistan", "Putin", "*", "Rahmon Tokayev")) {
        // The last row: oldest-first by the one pass over every match it replaced (the reference).
        for (int row = 0; row <= SortOrder.values().length; row++) {
          boolean onePass = row == SortOrder.values().length;
          SortOrder order = onePass ? SortOrder.OLDEST : SortOrder.values()[row];
          SearchRequest request = SearchRequest.builder(text).sort(order).limit(10).build();
          // As ArticleSearcher.search builds it: terms looked up once, their states carried along.
          Query query =
              RequestFilters.apply(
                  IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false)),
                  request);
          double[] micros = new double[400];
          double[] cpuMicros = new double[400];
          long total = 0;
          for (int i = 0; i < 600; i++) {
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            total =
                onePass
                    ? ArticleSearcher.collectAndCountInOnePass(searcher, query, request, null, 11)
                        .total()
                    : ArticleSearcher.collect(searcher, query, request).total();
            if (i >= 200) {
              micros[i - 200] = (System.nanoTime() - t) / 1e3;
              cpuMicros[i - 200] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3;
            }
          }
          Arrays.sort(micros);
          Arrays.sort(cpuMicros);
          // CPU time: on a shared machine wall time also counts the time other processes ran.
          System.err.printf(
              Locale.ROOT,
              "%-16s %-9s total %6d  median %8.1f us  p25 %8.1f us  cpu median %8.1f us%n",
              text,
              onePass ? "OLDEST-1P" : order,
              total,
              micros[200],
              micros[100],
              cpuMicros[200]);
        }
      }
    }
  }
}
