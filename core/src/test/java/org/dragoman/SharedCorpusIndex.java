package org.dragoman;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.model.Article;

/**
 * One index of all bundled corpora (Kremlin, UN General Debate, Kazinform, Meduza), built once per
 * test run for the tests that only read it. Tests must not write to it.
 */
final class SharedCorpusIndex {

  private static DragomanIndex index;
  private static List<Article> articles;

  private SharedCorpusIndex() {}

  /** Every article of the index, in indexing order. */
  static synchronized List<Article> articles() {
    if (articles == null) {
      List<Article> all = new ArrayList<>(TestCorpus.kremlin());
      all.addAll(TestCorpus.ungdc());
      all.add(TestCorpus.kazinform());
      all.addAll(TestCorpus.jsonl("meduza-golunov-ru-sample.jsonl.gz"));
      articles = List.copyOf(all);
    }
    return articles;
  }

  static synchronized DragomanIndex index() {
    if (index == null) {
      try {
        Path dir = Files.createTempDirectory("dragoman-shared-index");
        try (DragomanIndex writing =
            DragomanIndex.open(dir, DragomanOptions.defaults().withThreads(2))) {
          writing.addArticles(articles());
        }
        DragomanIndex reading = DragomanIndex.openExisting(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(reading, dir)));
        index = reading;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  private static void closeAndDelete(DragomanIndex index, Path dir) {
    try {
      index.close();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cleaning up the shared test index " + dir + " failed", e);
    }
  }
}
