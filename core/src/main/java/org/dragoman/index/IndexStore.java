package org.dragoman.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dragoman.IndexLockedException;
import org.dragoman.IndexSchemaTooOldException;
import org.dragoman.IndexUnavailableException;

/**
 * The Lucene side of one index directory: the searchers and, from the first write on, the single
 * {@link IndexWriter}.
 *
 * <p>Opening takes no write lock, so any number of processes can search an index while one writes
 * it. Searchers come from the directory (refreshed when another process has committed) until this
 * process opens its writer, and from the writer after that (near-real-time: they see documents
 * before they are committed). Thread-safe.
 */
public final class IndexStore implements Closeable {

  /** 50 ms: what a person searching while indexing cannot tell from immediate. */
  private static final long NEAR_REAL_TIME_REFRESH_NANOS = 50_000_000L;

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final double ramBufferMb;
  private final Object writerLock = new Object();
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private volatile long lastRefreshNanos = System.nanoTime();
  private volatile long seenCommitGeneration = -2; // none seen yet
  private final CommitWatch commits;

  private IndexStore(Path path, Directory directory, Analyzer analyzer, double ramBufferMb)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.analyzer = analyzer;
    this.ramBufferMb = ramBufferMb;
    this.commits = new CommitWatch(path);
    this.searchers = new SearcherManager(directory, new SearcherFactory());
  }

  /**
   * Opens the index in {@code dir}, first creating the directory and an empty index (one commit,
   * the lock held only for it) when there is none.
   */
  public static IndexStore openOrCreate(Path dir, Analyzer analyzer, double ramBufferMb)
      throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        createEmpty(dir, directory, analyzer);
      }
      checkSchema(dir, directory);
      return new IndexStore(dir, directory, analyzer, ramBufferMb);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the existing index in {@code dir}.
   *
   * @throws IndexUnavailableException when there is no readable Dragoman index
   */
  public static IndexStore openExisting(Path dir, Analyzer analyzer, double ramBufferMb)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IndexUnavailableException("no Dragoman index at " + dir + ": no such directory");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException(
            "no Dragoman index at " + dir + ": the directory holds no index commit");
      }
      checkSchema(dir, directory);
      return new IndexStore(dir, directory, analyzer, ramBufferMb);
    } catch (IndexUnavailableException e) {
      directory.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw new IndexUnavailableException(
          "no Dragoman index at " + dir + ": it cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * {@code config} with what every writer of a Dragoman index must share, so that flushes and
   * merges keep its layout: the order of documents ({@link IndexOrder#NEWEST_FIRST}) and the codec
   * ({@link DragomanCodec}).
   *
   * <pre>{@code
   * IndexWriterConfig config = IndexStore.layout(new IndexWriterConfig()); // to force-merge one
   * }</pre>
   */
  public static IndexWriterConfig layout(IndexWriterConfig config) {
    return config.setIndexSort(IndexOrder.NEWEST_FIRST).setCodec(new DragomanCodec());
  }

  private static void createEmpty(Path dir, Directory directory, Analyzer analyzer)
      throws IOException {
    IndexWriterConfig config =
        layout(new IndexWriterConfig(analyzer))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try (IndexWriter creator = new IndexWriter(directory, config)) {
      creator.setLiveCommitData(schemaCommitData().entrySet());
      creator.commit();
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(dir, dir.resolve(IndexWriter.WRITE_LOCK_NAME), e);
    }
  }

  private static void checkSchema(Path dir, Directory directory) throws IOException {
    Map<String, String> userData;
    try {
      userData = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexFormatTooOldException | IndexFormatTooNewException | NoSuchFileException e) {
      throw new IndexUnavailableException(
          "no Dragoman index at " + dir + ": it cannot be read (" + e.getMessage() + ")", e);
    }
    String version = userData.get(ArticleSchema.VERSION_KEY);
    if (version == null) {
      throw new IndexUnavailableException(
          "no Dragoman index at " + dir + ": it is a Lucene index without Dragoman's schema");
    }
    if (!version.equals(String.valueOf(ArticleSchema.VERSION))) {
      Integer found = parsedVersion(version);
      if (found != null && found < ArticleSchema.VERSION) {
        // A type of its own, so an application that owns the directory can rebuild it.
        throw new IndexSchemaTooOldException(
            schemaMismatch(dir, version), found, ArticleSchema.VERSION);
      }
      throw new IndexUnavailableException(schemaMismatch(dir, version));
    }
  }

  private static Integer parsedVersion(String version) {
    try {
      return Integer.parseInt(version);
    } catch (NumberFormatException e) {
      return null; // not a version number: reported as unknown by schemaMismatch
    }
  }

  private static String schemaMismatch(Path dir, String version) {
    String written;
    try {
      written =
          Integer.parseInt(version) < ArticleSchema.VERSION
              ? "an older Dragoman"
              : "a newer Dragoman";
    } catch (NumberFormatException e) {
      written = "an unknown Dragoman"; // the message below still names the version found
    }
    return "index at "
        + dir
        + " was written by "
        + written
        + " (schema version "
        + version
        + "; this one reads version "
        + ArticleSchema.VERSION
        + "): re-index the articles into a new directory";
  }

  private static Map<String, String> schemaCommitData() {
    return Map.of(ArticleSchema.VERSION_KEY, String.valueOf(ArticleSchema.VERSION));
  }

  public Path path() {
    return path;
  }

  public Directory directory() {
    return directory;
  }

  /**
   * The writer, opened (and the write lock taken) on first use. Searchers switch to it, so they see
   * what it adds before commits.
   *
   * @throws IndexLockedException naming the lock file when another writer holds it
   */
  public IndexWriter writer() throws IOException {
    IndexWriter current = writer;
    if (current != null) {
      return current;
    }
    synchronized (writerLock) {
      if (writer == null) {
        IndexWriterConfig config =
            layout(new IndexWriterConfig(analyzer))
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(ramBufferMb);
        IndexWriter opened;
        try {
          opened = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
          throw new IndexLockedException(path, path.resolve(IndexWriter.WRITE_LOCK_NAME), e);
        }
        opened.setLiveCommitData(schemaCommitData().entrySet());
        SearcherManager nearRealTime;
        try {
          nearRealTime = new SearcherManager(opened, new SearcherFactory());
        } catch (IOException | RuntimeException e) {
          opened.close();
          throw e;
        }
        SearcherManager fromDirectory = searchers;
        searchers = nearRealTime;
        writer = opened;
        // Searches holding a searcher of the old manager finish normally; new ones retry.
        fromDirectory.close();
      }
      return writer;
    }
  }

  /** Commits what the writer holds, if it is open, and refreshes the searchers. */
  public void commit() throws IOException {
    IndexWriter current = writer;
    if (current != null) {
      current.commit();
    }
    searchers.maybeRefreshBlocking();
  }

  /** A function of a searcher; the searcher must not be kept beyond the call. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code function} on a fresh searcher: it sees this process's writes (within 50 ms while a
   * run is indexing, at once after its commit) and other processes' commits (at once; within a
   * second where the file system keeps no directory times, see {@link CommitWatch}).
   */
  public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
    while (true) {
      SearcherManager manager = searchers;
      IndexSearcher searcher;
      try {
        refreshIfDue(manager);
        searcher = manager.acquire();
      } catch (AlreadyClosedException e) {
        if (manager == searchers) {
          throw e;
        }
        continue; // the writer opened meanwhile and replaced the manager
      }
      try {
        return function.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    }
  }

  /**
   * Refreshes at most every {@link #NEAR_REAL_TIME_REFRESH_NANOS} while this process writes: each
   * near-real-time refresh flushes a segment, and searches in a tight loop would slow indexing
   * down. While it only reads, it looks on every search whether the directory holds a newer commit
   * than the last one seen, and refreshes then, so another process's commit shows at once: the
   * directory is listed only when its modification time says it may have changed ({@link
   * CommitWatch}), and {@link SearcherManager#maybeRefresh()}, which also reads and parses the
   * newest commit point (as much as a simple search), only when the listing shows a new commit.
   */
  private void refreshIfDue(SearcherManager manager) throws IOException {
    if (writer == null) {
      CommitWatch.Look look = commits.look();
      if (!look.mayHaveChanged()) {
        return;
      }
      long latest = SegmentInfos.getLastCommitGeneration(directory);
      if (latest == seenCommitGeneration) {
        commits.seen(look);
      } else if (manager.maybeRefresh()) {
        seenCommitGeneration = latest;
        commits.seen(look);
      } // else another thread is refreshing: look again next time.
      return;
    }
    long now = System.nanoTime();
    if (now - lastRefreshNanos >= NEAR_REAL_TIME_REFRESH_NANOS) {
      lastRefreshNanos = now;
      manager.maybeRefresh();
    }
  }

  /** Bytes of all index files in the directory. */
  public long sizeOnDisk() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // A merge or commit deleted it after listAll(): it no longer counts.
      }
    }
    return bytes;
  }

  @Override
  public void close() throws IOException {
    synchronized (writerLock) {
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) {
            writer.close();
          }
        } finally {
          directory.close();
        }
      }
    }
  }
}
