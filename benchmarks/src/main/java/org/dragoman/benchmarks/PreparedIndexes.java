package org.dragoman.benchmarks;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.model.Article;

/**
 * Query benchmarks search indexes that are built once and reused by every trial of the same engine
 * and corpus: building the reference corpus takes a minute, and each of the query kinds runs in its
 * own fork. An index is reused only when it was completed by the same benchmarks jar over the same
 * corpus file (path, size, modification time) and settings.
 */
final class PreparedIndexes {

  private static final String COMPLETE = "dragoman-bench.complete";

  private PreparedIndexes() {}

  /** The directory of a complete index of {@code engine} over the corpus, built if needed. */
  static Path get(String engine, String corpus, int docs, String split) throws Exception {
    Path dir =
        Path.of(System.getProperty("java.io.tmpdir"), "dragoman-bench-indexes")
            .resolve(engine + "-" + key(engine, corpus, docs, split));
    if (Files.exists(dir.resolve(COMPLETE))) {
      return dir;
    }
    TempDirs.delete(dir);
    Files.createDirectories(dir);
    List<Article> articles = BenchmarkCorpus.load(corpus, docs, split);
    switch (engine) {
      case "dragoman" -> {
        try (DragomanIndex index = DragomanIndex.open(dir, DragomanOptions.defaults())) {
          index.addArticles(articles);
        }
      }
      case "lucene" -> {
        try (LuceneBaseline lucene = new LuceneBaseline(dir)) {
          lucene.index(articles, Runtime.getRuntime().availableProcessors());
        }
      }
      default ->
          throw new IllegalArgumentException("engine " + engine + " is not dragoman or lucene");
    }
    Files.writeString(dir.resolve(COMPLETE), engine);
    return dir;
  }

  private static String key(String engine, String corpus, int docs, String split)
      throws IOException, URISyntaxException {
    StringBuilder identity = new StringBuilder(engine).append('|').append(docs).append('|');
    identity.append(split).append('|').append(corpus);
    if (corpus != null && !corpus.isBlank() && Files.isRegularFile(Path.of(corpus))) {
      Path file = Path.of(corpus).toAbsolutePath();
      identity.append('|').append(file).append('|').append(Files.size(file));
      identity.append('|').append(Files.getLastModifiedTime(file).toMillis());
    }
    Path jar =
        Path.of(PreparedIndexes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    identity.append('|').append(Files.getLastModifiedTime(jar).toMillis());
    return Hashing.sha256()
        .hashString(identity, StandardCharsets.UTF_8)
        .toString()
        .substring(0, 16);
  }
}
