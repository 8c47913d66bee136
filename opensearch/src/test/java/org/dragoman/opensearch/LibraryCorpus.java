package org.dragoman.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.ingest.ArticleSink;
import org.dragoman.ingest.CorpusReader;
import org.dragoman.model.Article;
import org.dragoman.model.IngestProblem;

/** The bundled test corpora, read with core's own reader, which must accept every article. */
final class LibraryCorpus {

  private LibraryCorpus() {}

  static Path root() {
    return Path.of(System.getProperty("tests.root.dir", "..")).toAbsolutePath().normalize();
  }

  /** The Kremlin Central Asia articles (605), in file order. */
  static List<Article> kremlin() {
    return read(root().resolve("testdata/corpus/kremlin-centralasia.jsonl.gz"));
  }

  private static List<Article> read(Path file) {
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    try {
      new CorpusReader()
          .read(
              file,
              new ArticleSink() {
                @Override
                public void accept(Article article, String name, long line) {
                  articles.add(article);
                }

                @Override
                public void reject(IngestProblem problem) {
                  problems.add(problem);
                }

                @Override
                public void skip(IngestProblem problem) {
                  problems.add(problem);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("test corpus " + file + " has problems: " + problems);
    }
    return articles;
  }
}
