package org.dragoman.analysis;

import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * A quick throughput check of the name chains against StandardAnalyzer on the English (Kremlin) and
 * Russian (Meduza) test corpora: {@code java -cp <test classpath>
 * org.dragoman.analysis.NameAnalysisThroughput <repo>/testdata/corpus}. Not a test and not a JMH
 * benchmark; it prints best-of-7 ratios.
 */
public final class NameAnalysisThroughput {
  static List<String> load(String f) throws Exception {
    List<String> out = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    try (var r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(new FileInputStream(f)), "UTF-8"))) {
      String l;
      while ((l = r.readLine()) != null) {
        var n = m.readTree(l);
        out.add(n.get("title").asText() + "\n" + n.get("body").asText());
      }
    }
    return out;
  }

  static long run(Analyzer a, List<String> docs) throws IOException {
    long tokens = 0;
    for (String d : docs)
      try (TokenStream ts = a.tokenStream("f", d)) {
        ts.reset();
        while (ts.incrementToken()) tokens++;
        ts.end();
      }
    return tokens;
  }

  static double mbps(Analyzer a, List<String> docs, long chars) throws IOException {
    for (int i = 0; i < 5; i++) run(a, docs);
    double best = 0;
    for (int i = 0; i < 7; i++) {
      long t = System.nanoTime();
      run(a, docs);
      double s = (System.nanoTime() - t) / 1e9;
      best = Math.max(best, chars / s / 1e6);
    }
    return best;
  }

  public static void main(String[] x) throws Exception {
    String root = (x.length > 0 ? x[0] : "testdata/corpus") + "/";
    for (String f :
        new String[] {"kremlin-centralasia.jsonl.gz", "meduza-golunov-ru-sample.jsonl.gz"}) {
      List<String> docs = load(root + f);
      long chars = docs.stream().mapToLong(String::length).sum();
      if (chars < 2_000_000) {
        List<String> more = new ArrayList<>();
        for (int i = 0; i < 6; i++) more.addAll(docs);
        docs = more;
        chars *= 6;
      }
      double std = mbps(new StandardAnalyzer(), docs, chars);
      double idx = mbps(NameAnalyzer.forIndexing(), docs, chars);
      double qry = mbps(NameAnalyzer.forQueries(NameAliases.builtIn()), docs, chars);
      double ex = mbps(new ExactNameAnalyzer(), docs, chars);
      System.out.printf(
          "%s: standard %.1f Mchar/s, names(index) %.1f (%.2fx), names(query+aliases) %.1f (%.2fx), exact %.1f (%.2fx)%n",
          f, std, idx, idx / std, qry, qry / std, ex, ex / std);
    }
  }
}
