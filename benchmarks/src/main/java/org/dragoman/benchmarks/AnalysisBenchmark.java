package org.dragoman.benchmarks;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dragoman.model.Article;
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
 * Analysis throughput of Dragoman's name chain against stock analyzers on the same text. One
 * operation analyses every text of the sample; the {@code megabytes} counter reads as MB/s of UTF-8
 * text.
 *
 * <ul>
 *   <li>{@code standard}: StandardAnalyzer, the baseline of every ratio;
 *   <li>{@code english}: EnglishAnalyzer;
 *   <li>{@code icu}: StandardTokenizer, lowercase, ICU transform "Any-Latin; Latin-ASCII";
 *   <li>{@code doublemetaphone}: {@code icu} then DoubleMetaphone (code length 4, codes only);
 *   <li>{@code dragoman}: Dragoman's name chain, the analysis of the {@code body.names} field
 *       ({@link DragomanChain}), which yields every spelling of each name.
 * </ul>
 *
 * <p>{@code text=en}: the English articles of the corpus; {@code text=ru}: the Russian ones.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx2g",
      "--add-modules=jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED"
    })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBenchmark {

  @Param({"dragoman", "standard", "english", "icu", "doublemetaphone"})
  public String analyzer;

  @Param({"en", "ru"})
  public String text;

  @Param("")
  public String corpus;

  /** Cap on the sample, in characters, so that one operation stays short. */
  @Param("2000000")
  public int chars;

  private Analyzer chain;
  private String field;
  private DragomanChain dragoman;
  private List<String> sample;
  private double sampleMegabytes;

  /** Text analysed, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Text {
    public double megabytes;

    @Setup(Level.Iteration)
    public void clear() {
      megabytes = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    sample = new ArrayList<>();
    long total = 0;
    long bytes = 0;
    for (Article article : BenchmarkCorpus.load(corpus, 0, "none")) {
      if (text.equals(article.lang()) && total < chars) {
        sample.add(article.body());
        total += article.body().length();
        bytes += article.body().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("corpus has no article in language " + text);
    }
    sampleMegabytes = bytes / 1e6;
    if (analyzer.equals("dragoman")) {
      dragoman = new DragomanChain();
      chain = dragoman.analyzer();
      field = DragomanChain.FIELD;
    } else {
      chain = stockAnalyzer(analyzer);
      field = "body";
    }
  }

  static Analyzer stockAnalyzer(String name) {
    return switch (name) {
      case "standard" -> new StandardAnalyzer();
      case "english" -> new EnglishAnalyzer();
      case "icu" -> icu(false);
      case "doublemetaphone" -> icu(true);
      default -> throw new IllegalArgumentException("analyzer " + name + " is unknown");
    };
  }

  private static Analyzer icu(boolean doubleMetaphone) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream =
            new ICUTransformFilter(stream, Transliterator.getInstance("Any-Latin; Latin-ASCII"));
        if (doubleMetaphone) {
          stream = new DoubleMetaphoneFilter(stream, 4, false);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  @Benchmark
  public long analyze(Text counter) throws IOException {
    long tokens = 0;
    for (String body : sample) {
      try (TokenStream stream = chain.tokenStream(field, body)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          tokens += term.length();
        }
        stream.end();
      }
    }
    counter.megabytes += sampleMegabytes;
    return tokens;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (dragoman != null) {
      dragoman.close();
    } else {
      chain.close();
    }
  }
}
