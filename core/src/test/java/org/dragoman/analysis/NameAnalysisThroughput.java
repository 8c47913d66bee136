package org.dragoman.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A quick throughput check of the name chains against StandardAnalyzer, measured like the JMH
 * {@code AnalysisBenchmark}: the article bodies of every {@code *.jsonl.gz} file of the corpus
 * folder, by language (English, Russian), at most 2 million characters each, each body analysed
 * with {@code analyzer.tokenStream}. Not a test and not a JMH benchmark: {@code java -cp <test
 * classpath> org.dragoman.analysis.NameAnalysisThroughput <repo>/testdata/corpus [rounds]}. The
 * analyzers run interleaved, one pass each per round, and the ratios printed are medians over the
 * rounds of each round's ratio, which keeps a noisy shared machine from favouring one analyzer;
 * times are the thread's CPU time. The cold figure analyses the sample once with a fresh index
 * analyzer, whose word-key cache starts empty: closer to indexing a large corpus, whose vocabulary
 * does not fit the cache.
 */
public final class NameAnalysisThroughput {

  private static final int MAX_CHARS = 2_000_000;

  private NameAnalysisThroughput() {}

  static List<String> bodies(Path corpus, String lang) throws IOException {
    List<String> out = new ArrayList<>();
    long total = 0;
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
    }
    for (Path file : files) {
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          JsonNode node = mapper.readTree(line);
          JsonNode body = node.get("body");
          if (body != null && lang.equals(node.path("lang").asText()) && total < MAX_CHARS) {
            out.add(body.asText());
            total += body.asText().length();
          }
        }
      }
    }
    return out;
  }

  static long run(Analyzer analyzer, List<String> docs) throws IOException {
    long chars = 0;
    for (String doc : docs) {
      try (TokenStream stream = analyzer.tokenStream("body", doc)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          chars += term.length();
        }
        stream.end();
      }
    }
    return chars;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * CPU seconds of this thread for one pass: on a shared, overloaded machine wall time mostly
   * measures the scheduler.
   */
  static double seconds(Analyzer analyzer, List<String> docs) throws IOException {
    long start = THREADS.getCurrentThreadCpuTime();
    run(analyzer, docs);
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "testdata/corpus");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    for (String lang : new String[] {"en", "ru"}) {
      List<String> docs = bodies(corpus, lang);
      long chars = docs.stream().mapToLong(String::length).sum();
      Analyzer[] analyzers = {
        new StandardAnalyzer(),
        NameAnalyzer.forIndexing(),
        NameAnalyzer.forQueries(NameAliases.builtIn()),
        new ExactNameAnalyzer()
      };
      String[] names = {"standard", "names(index)", "names(query+aliases)", "exact"};
      // repeat small samples so that one pass takes long enough to time
      int repeat = (int) Math.max(1, 1_000_000 / chars);
      List<String> sample = new ArrayList<>();
      for (int i = 0; i < repeat; i++) {
        sample.addAll(docs);
      }
      for (int warm = 0; warm < 4; warm++) {
        for (Analyzer a : analyzers) {
          run(a, sample);
        }
      }
      double[][] ratios = new double[analyzers.length][rounds];
      double[] standardSpeed = new double[rounds];
      double[] cold = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        double standard = seconds(analyzers[0], sample);
        standardSpeed[r] = chars * repeat / standard / 1e6;
        for (int a = 1; a < analyzers.length; a++) {
          ratios[a][r] = standard / seconds(analyzers[a], sample);
        }
        // a fresh analyzer has an empty key cache: its words are new to it, as in a large corpus
        cold[r] = standard / (seconds(NameAnalyzer.forIndexing(), docs) * repeat);
      }
      StringBuilder line = new StringBuilder();
      line.append(
          String.format(
              "%s (%d bodies, %d chars x%d): standard %.1f Mchar/s",
              lang, docs.size(), chars, repeat, median(standardSpeed)));
      for (int a = 1; a < analyzers.length; a++) {
        line.append(String.format(", %s %.2fx", names[a], median(ratios[a])));
      }
      line.append(String.format(", names(index, cold cache, one pass) %.2fx", median(cold)));
      System.out.println(line);
    }
  }
}
