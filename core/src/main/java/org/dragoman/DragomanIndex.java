package org.dragoman;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.NameAliases;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.IndexChecker;
import org.dragoman.index.IndexStore;
import org.dragoman.index.IndexingRun;
import org.dragoman.ingest.CorpusReader;
import org.dragoman.model.Article;
import org.dragoman.model.Granularity;
import org.dragoman.model.IndexHealth;
import org.dragoman.model.IndexReport;
import org.dragoman.model.IndexStats;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.Timeline;
import org.dragoman.search.ArticleSearcher;
import org.dragoman.search.IndexStatistics;
import org.dragoman.search.RelatedArticles;
import org.dragoman.search.SearchLimits;

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
 * processes can search an index while one process writes it. Indexing runs of one index take turns;
 * each commits at its end.
 */
public final class DragomanIndex implements Closeable {

  private final DragomanOptions options;
  private final DragomanAnalyzers analyzers;
  private final IndexStore store;
  private final ArticleDocuments documents;
  private final ArticleSearcher searcher;
  private final RelatedArticles relatedArticles;
  private final ReentrantLock runs = new ReentrantLock();

  private DragomanIndex(DragomanOptions options, DragomanAnalyzers analyzers, IndexStore store) {
    this.options = options;
    this.analyzers = analyzers;
    this.store = store;
    this.documents = new ArticleDocuments(analyzers);
    this.searcher = new ArticleSearcher(analyzers);
    this.relatedArticles = new RelatedArticles(analyzers);
  }

  /**
   * Dragoman's analysis with the options' alias files.
   *
   * @throws IllegalArgumentException naming an alias file that cannot be read or parsed
   */
  private static DragomanAnalyzers analyzers(DragomanOptions options) {
    for (Path file : options.aliasFiles()) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new IllegalArgumentException(
            "alias file " + file + " does not exist or is not readable");
      }
    }
    return DragomanAnalyzers.standard(
        options.aliasFiles().isEmpty()
            ? NameAliases.builtIn()
            : NameAliases.builtInPlus(options.aliasFiles()));
  }

  /** Opens the index in {@code dir}, creating the directory and an empty index if missing. */
  public static DragomanIndex open(Path dir) throws IOException {
    return open(dir, DragomanOptions.defaults());
  }

  /** Opens the index in {@code dir} with the given options, creating it if missing. */
  public static DragomanIndex open(Path dir, DragomanOptions options) throws IOException {
    DragomanAnalyzers analyzers = analyzers(options);
    try {
      IndexStore store =
          IndexStore.openOrCreate(dir, analyzers.indexAnalyzer(), options.ramBufferMb());
      return new DragomanIndex(options, analyzers, store);
    } catch (IOException | RuntimeException e) {
      analyzers.close();
      throw e;
    }
  }

  /**
   * Opens an existing index for searching.
   *
   * @throws IndexUnavailableException when {@code dir} holds no readable Dragoman index
   */
  public static DragomanIndex openExisting(Path dir) throws IOException {
    return openExisting(dir, DragomanOptions.defaults());
  }

  /**
   * Opens an existing index with the given options (which matter if it is written to).
   *
   * @throws IndexUnavailableException when {@code dir} holds no readable Dragoman index
   */
  public static DragomanIndex openExisting(Path dir, DragomanOptions options) throws IOException {
    DragomanAnalyzers analyzers = analyzers(options);
    try {
      IndexStore store =
          IndexStore.openExisting(dir, analyzers.indexAnalyzer(), options.ramBufferMb());
      return new DragomanIndex(options, analyzers, store);
    } catch (IOException | RuntimeException e) {
      analyzers.close();
      throw e;
    }
  }

  /**
   * Reads and indexes files and directories (JSON Lines, {@code .jsonl.gz}, plain-text articles),
   * then commits. Bad items are reported, not thrown: the rest is still indexed.
   *
   * @throws IOException when a file cannot be read or the index cannot be written; what was
   *     committed before stays readable
   */
  public IndexReport add(List<Path> paths, IndexListener listener) throws IOException {
    CorpusReader reader = new CorpusReader();
    return run(
        listener,
        CorpusReader.totalBytes(paths),
        run -> {
          for (Path path : paths) {
            reader.read(path, run);
          }
        });
  }

  /** Indexes articles (replacing those with the same id), then commits. */
  public IndexReport addArticles(Iterable<Article> articles) throws IOException {
    return addArticles(articles, IndexListener.NONE);
  }

  /**
   * Indexes articles (replacing those with the same id), then commits; {@code listener} hears
   * progress every {@value #PROGRESS_EVERY} articles.
   */
  public IndexReport addArticles(Iterable<Article> articles, IndexListener listener)
      throws IOException {
    return run(
        listener,
        0,
        run -> {
          long position = 0;
          for (Article article : articles) {
            run.accept(article, "articles", ++position);
            if (position % PROGRESS_EVERY == 0) {
              listener.progress(0, run.written());
            }
          }
        });
  }

  /** How often {@link #addArticles(Iterable, IndexListener)} reports progress. */
  public static final int PROGRESS_EVERY = 1000;

  @FunctionalInterface
  private interface Feed {
    void into(IndexingRun run) throws IOException;
  }

  private IndexReport run(IndexListener listener, long totalBytes, Feed feed) throws IOException {
    runs.lock();
    try (IndexingRun run = IndexingRun.start(store, documents, options, listener)) {
      listener.started(totalBytes);
      try {
        feed.into(run);
      } catch (UncheckedIOException e) {
        throw e.getCause(); // a worker failed while the feed was handing it articles
      }
      IndexReport report = run.finish();
      listener.finished(report);
      return report;
    } finally {
      runs.unlock();
    }
  }

  /**
   * Searches. The request can also ask for facets ({@link SearchResult#facets()}) and for
   * explanations of each hit ({@link org.dragoman.model.SearchHit#matches()}); a result with fewer
   * than {@value SearchResult#SUGGEST_BELOW} articles comes with spelling suggestions.
   *
   * <pre>{@code
   * SearchResult result =
   *     index.search(SearchRequest.builder("Tokayev talks").facets(true).explain(true).build());
   * result.facets().source(); // [FacetCount[value=Kremlin, count=12], ...]
   * result.hits().get(0).matches(); // [Match[queryWord=talks, matchedText=talk, field=body], ...]
   * }</pre>
   *
   * @throws IllegalArgumentException when the query text does not parse ({@link
   *     org.dragoman.search.QuerySyntaxException}, the message says why) or the cursor is not one
   *     of this search
   */
  public SearchResult search(SearchRequest request) throws IOException {
    return search(request, SearchLimits.none());
  }

  /**
   * Searches, giving up when the search takes longer than {@code timeout}.
   *
   * <pre>{@code
   * SearchResult result = index.search(SearchRequest.of("Tokay*"), Duration.ofSeconds(2));
   * }</pre>
   *
   * @throws SearchTimeoutException when the time is over: no partial result is returned
   * @throws IllegalArgumentException when the query does not parse, or the timeout is not positive
   */
  public SearchResult search(SearchRequest request, Duration timeout) throws IOException {
    return search(request, SearchLimits.within(timeout));
  }

  private SearchResult search(SearchRequest request, SearchLimits limits) throws IOException {
    return store.withSearcher(
        s -> limits.run(s, request.query(), limited -> searcher.search(limited, request)));
  }

  /**
   * Checks the index in {@code dir} without opening it for writing: Lucene's integrity check of
   * every segment, and the schema version of the last commit.
   *
   * <pre>{@code
   * IndexHealth health = DragomanIndex.check(Path.of("my-index"));
   * System.out.println(health.isHealthy() ? "clean" : health.problems());
   * }</pre>
   *
   * @throws IndexUnavailableException when {@code dir} holds no index
   * @throws IndexLockedException when a writer holds the index
   */
  public static IndexHealth check(Path dir) throws IOException {
    return IndexChecker.check(dir);
  }

  /**
   * Counts the articles matching the request's query and filters per year or month, oldest period
   * first, with the empty periods in between; the request's order, paging, facets and explain
   * settings are ignored. Draw it with {@link org.dragoman.report.TimelineText} or {@link
   * org.dragoman.report.TimelineSvg}.
   *
   * <pre>{@code
   * Timeline byYear = index.timeline(SearchRequest.of("Tokayev Rahmon"), Granularity.YEAR);
   * System.out.print(TimelineText.render(byYear, 40));
   * Files.writeString(Path.of("timeline.svg"), TimelineSvg.render(byYear));
   * }</pre>
   *
   * @throws IllegalArgumentException when the query text does not parse
   */
  public Timeline timeline(SearchRequest request, Granularity granularity) throws IOException {
    return store.withSearcher(s -> searcher.timeline(s, request, granularity));
  }

  /**
   * The articles most like the article {@code id} (more-like-this over title and body), best first,
   * without the article itself; hits have snippets marking the words they share with it.
   *
   * <pre>{@code
   * for (SearchHit hit : index.related("kazinform-2024-08-22-tokayev-rahmon", 5).hits()) {
   *   System.out.println(hit.date() + " " + hit.title());
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException naming the id when no article has it, or when {@code limit} is
   *     not between 1 and {@link SearchRequest#MAX_LIMIT}
   */
  public SearchResult related(String id, int limit) throws IOException {
    return store.withSearcher(s -> relatedArticles.related(s, id, limit));
  }

  /** Counts, sources, date range and size of the index. */
  public IndexStats stats() throws IOException {
    long size = store.sizeOnDisk();
    return store.withSearcher(s -> IndexStatistics.of(s, size));
  }

  /** Closes the index; the writer, if this process opened one, commits what it holds. */
  @Override
  public void close() throws IOException {
    try {
      store.close();
    } finally {
      analyzers.close();
    }
  }
}
