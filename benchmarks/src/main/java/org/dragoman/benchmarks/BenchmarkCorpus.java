package org.dragoman.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.ingest.ArticleSink;
import org.dragoman.ingest.CorpusReader;
import org.dragoman.model.Article;
import org.dragoman.model.IngestProblem;

/**
 * The articles a benchmark runs on, read once per trial with Dragoman's own readers.
 *
 * <p>{@code corpus} is a path (JSON Lines, .gz, a directory) or empty for the bundled test data;
 * {@code docs} caps the count (0: all); {@code split=passages} cuts long bodies into passages of
 * about {@value #PASSAGE_CHARS} characters, as retrieval systems over long statements do.
 */
final class BenchmarkCorpus {

  static final int PASSAGE_CHARS = 1500;

  private BenchmarkCorpus() {}

  static List<Article> load(String corpus, int docs, String split) throws IOException {
    Path path = corpus == null || corpus.isBlank() ? bundledTestData() : Path.of(corpus);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("corpus " + path + " does not exist");
    }
    boolean passages =
        switch (split) {
          case "passages" -> true;
          case "none", "" -> false;
          default ->
              throw new IllegalArgumentException("split " + split + " is not none or passages");
        };
    int cap = docs <= 0 ? Integer.MAX_VALUE : docs;
    List<Article> articles = new ArrayList<>();
    new CorpusReader()
        .read(
            path,
            new ArticleSink() {
              @Override
              public void accept(Article article, String file, long line) {
                if (articles.size() >= cap) {
                  return;
                }
                if (passages) {
                  for (Article passage : passages(article)) {
                    if (articles.size() < cap) {
                      articles.add(passage);
                    }
                  }
                } else {
                  articles.add(article);
                }
              }

              @Override
              public void reject(IngestProblem problem) {}

              @Override
              public void skip(IngestProblem problem) {}
            });
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("corpus " + path + " holds no valid article");
    }
    return articles;
  }

  /** Cuts a body at whitespace near every {@value #PASSAGE_CHARS} characters. */
  static List<Article> passages(Article article) {
    String body = article.body();
    if (body.length() <= PASSAGE_CHARS * 3 / 2) {
      return List.of(article);
    }
    List<Article> out = new ArrayList<>();
    int start = 0;
    int n = 0;
    while (start < body.length()) {
      int end = Math.min(body.length(), start + PASSAGE_CHARS);
      if (end < body.length()) {
        int space = body.lastIndexOf(' ', end);
        end = space > start + PASSAGE_CHARS / 2 ? space : end;
      }
      String text = body.substring(start, end).strip();
      if (!text.isEmpty()) {
        out.add(article.toBuilder().id(article.id() + "#" + n++).body(text).build());
      }
      start = end;
    }
    return out;
  }

  /**
   * testdata/corpus of this checkout: above the working directory, or above the benchmarks jar
   * (benchmarks/target/benchmarks.jar), so the jar runs from anywhere.
   */
  private static Path bundledTestData() {
    List<Path> starts = new ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    try {
      starts.add(
          Path.of(BenchmarkCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toAbsolutePath());
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      // No code source (an unusual class loader): the working directory is the only start.
    }
    for (Path start : starts) {
      for (Path p = start; p != null; p = p.getParent()) {
        Path candidate = p.resolve("testdata/corpus");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalArgumentException(
        "no testdata/corpus above " + starts + ": pass -p corpus=PATH");
  }
}
