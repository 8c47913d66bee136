package org.dragoman;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.IndexReport;
import org.dragoman.model.IndexStats;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;

/**
 * A Dragoman index on disk: add articles, search them. Thread-safe: searches run concurrently with
 * each other and with indexing, and see what was added (near-real-time).
 *
 * <pre>{@code
 * try (DragomanIndex index = DragomanIndex.open(Path.of("my-index"))) {
 *   IndexReport report = index.add(List.of(Path.of("articles.jsonl.gz")), IndexListener.NONE);
 *   SearchResult result = index.search(SearchRequest.of("Tokayev Rahmon"));
 *   for (SearchHit hit : result.hits()) {
 *     System.out.println(hit.date() + " " + hit.title());
 *   }
 * }
 * }</pre>
 *
 * <p>Opening does not lock the index: only the first write takes Lucene's write lock, so other
 * processes can search an index while one process writes it.
 */
public final class DragomanIndex implements Closeable {

  private DragomanIndex() {}

  /** Opens the index in {@code dir}, creating the directory and an empty index if missing. */
  public static DragomanIndex open(Path dir) throws IOException {
    return open(dir, DragomanOptions.defaults());
  }

  /** Opens the index in {@code dir} with the given options, creating it if missing. */
  public static DragomanIndex open(Path dir, DragomanOptions options) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Opens an existing index for searching.
   *
   * @throws IndexUnavailableException when {@code dir} holds no readable Dragoman index
   */
  public static DragomanIndex openExisting(Path dir) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads and indexes files and directories (JSON Lines, {@code .jsonl.gz}, plain-text articles),
   * then commits. Bad items are reported, not thrown: the rest is still indexed.
   */
  public IndexReport add(List<Path> paths, IndexListener listener) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** Indexes articles (replacing those with the same id), then commits. */
  public IndexReport addArticles(Iterable<Article> articles) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Searches.
   *
   * @throws IllegalArgumentException when the query text does not parse; the message says where
   */
  public SearchResult search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** Counts, sources, date range and size of the index. */
  public IndexStats stats() throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void close() throws IOException {}
}
