package org.dragoman.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.dragoman.DragomanOptions;
import org.dragoman.IndexListener;
import org.dragoman.ingest.ArticleSink;
import org.dragoman.model.Article;
import org.dragoman.model.IndexReport;
import org.dragoman.model.IngestProblem;

/**
 * One indexing run: receives articles from a reader thread and writes them with {@link
 * DragomanOptions#threads()} worker threads, committing every {@link DragomanOptions#commitEvery()}
 * articles or {@link DragomanOptions#commitInterval()}, and at the end.
 *
 * <p>Articles go to a worker chosen by their id, through a bounded queue: memory stays constant
 * however fast the reader is, and two versions of one id are written in input order, so the last
 * one wins. An article counts as replaced when its id was in the index when the run started or came
 * earlier in the run.
 *
 * <pre>{@code
 * try (IndexingRun run = IndexingRun.start(store, documents, options, listener)) {
 *   reader.read(path, run);
 *   IndexReport report = run.finish();
 * }
 * }</pre>
 */
public final class IndexingRun implements ArticleSink, AutoCloseable {

  private static final int QUEUE_CAPACITY_PER_THREAD = 256;
  private static final Item END = new Item(null, "", 0);

  private record Item(Article article, String file, long line) {}

  private final IndexStore store;
  private final IndexWriter writer;
  private final ArticleDocuments documents;
  private final DragomanOptions options;
  private final IndexListener listener;
  private final long startNanos = System.nanoTime();
  private final DirectoryReader startReader;
  private final ExistingIds existingIds;
  private final Set<String> seenIds = ConcurrentHashMap.newKeySet();
  private final RunCounts counts = new RunCounts();
  private final List<BlockingQueue<Item>> queues = new ArrayList<>();
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final ReentrantLock commitLock = new ReentrantLock();
  private final AtomicLong writtenAtLastCommit = new AtomicLong();
  private volatile long lastCommitNanos = startNanos;
  private boolean stopped;

  private IndexingRun(
      IndexStore store, ArticleDocuments documents, DragomanOptions options, IndexListener listener)
      throws IOException {
    this.store = store;
    this.writer = store.writer();
    this.documents = documents;
    this.options = options;
    this.listener = listener;
    this.startReader = DirectoryReader.open(writer);
    this.existingIds = new ExistingIds(startReader);
  }

  /** Opens the writer if needed and starts the worker threads. */
  public static IndexingRun start(
      IndexStore store, ArticleDocuments documents, DragomanOptions options, IndexListener listener)
      throws IOException {
    IndexingRun run = new IndexingRun(store, documents, options, listener);
    for (int i = 0; i < options.threads(); i++) {
      BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY_PER_THREAD);
      ExistingIds.Lookup lookup = run.existingIds.lookup();
      run.queues.add(queue);
      run.workers.add(
          Thread.ofPlatform()
              .name("dragoman-indexer-" + i)
              .daemon()
              .start(() -> run.work(queue, lookup)));
    }
    return run;
  }

  @Override
  public void accept(Article article, String file, long line) {
    throwIfFailed();
    Item item = new Item(article, file, line);
    BlockingQueue<Item> queue = queues.get(Math.floorMod(article.id().hashCode(), queues.size()));
    try {
      // Polls so that a failed worker cannot leave the reader blocked on a full queue.
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        throwIfFailed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("indexing interrupted");
      interrupted.initCause(e);
      throw new UncheckedIOException(interrupted);
    }
  }

  @Override
  public void reject(IngestProblem problem) {
    counts.invalid(problem);
    listener.problem(problem);
  }

  @Override
  public void skip(IngestProblem problem) {
    counts.skipped(problem);
    listener.problem(problem);
  }

  @Override
  public void bytesRead(long bytes) {
    listener.progress(bytes, counts.written());
  }

  /** Articles written so far (new and replacing). */
  public long written() {
    return counts.written();
  }

  /**
   * Waits for the workers to write every article received, commits and returns the report.
   *
   * @throws IOException when writing failed; the index keeps its last commit
   */
  public IndexReport finish() throws IOException {
    stopWorkers();
    Throwable failed = failure.get();
    if (failed instanceof Error error) {
      throw error;
    }
    if (failed != null) {
      throw asIOException(failed);
    }
    store.commit();
    return counts.report(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** Stops the workers (after they write what they hold) and releases the run's reader. */
  @Override
  public void close() throws IOException {
    try {
      stopWorkers();
    } finally {
      startReader.close();
    }
  }

  private void stopWorkers() throws IOException {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      for (BlockingQueue<Item> queue : queues) {
        queue.put(END);
      }
      for (Thread worker : workers) {
        worker.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
      workers.forEach(Thread::interrupt);
      InterruptedIOException interrupted = new InterruptedIOException("indexing interrupted");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  private void work(BlockingQueue<Item> queue, ExistingIds.Lookup lookup) {
    try {
      for (Item item = queue.take(); item != END; item = queue.take()) {
        if (failure.get() == null) {
          write(item, lookup);
        }
      }
      if (failure.get() == null) {
        // The final commit would flush every thread's buffer one after the other in the
        // committing thread; flushing here writes the segments in parallel, one per worker.
        writer.flushNextBuffer();
      }
    } catch (InterruptedException | IOException | RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
  }

  private void write(Item item, ExistingIds.Lookup lookup) {
    Article article = item.article();
    String id = article.id();
    try {
      boolean firstInRun = seenIds.add(id);
      boolean replacement = !firstInRun || lookup.contains(id);
      try {
        if (replacement) {
          writer.updateDocument(ArticleDocuments.idTerm(id), documents.toDocument(article));
        } else {
          // A new id (runs take turns, so no other writer adds it meanwhile) has nothing to
          // replace: without a delete term, no worker's buffer records it and no flush looks it up.
          writer.addDocument(documents.toDocument(article));
        }
      } catch (IllegalArgumentException e) {
        // Lucene rejects this one document (an immense term, say) and stays usable.
        if (firstInRun) {
          seenIds.remove(id);
        }
        reject(
            new IngestProblem(
                item.file(),
                item.line(),
                "article " + shortened(id) + " cannot be indexed: " + firstSentence(e)));
        return;
      }
      counts.written(replacement, utf8Length(article.title()) + utf8Length(article.body()));
      commitIfDue();
    } catch (IOException | RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
  }

  private void commitIfDue() throws IOException {
    if (!due() || !commitLock.tryLock()) {
      return;
    }
    try {
      if (due()) {
        long written = counts.written();
        writer.commit();
        writtenAtLastCommit.set(written);
        lastCommitNanos = System.nanoTime();
      }
    } finally {
      commitLock.unlock();
    }
  }

  private boolean due() {
    return counts.written() - writtenAtLastCommit.get() >= options.commitEvery()
        || System.nanoTime() - lastCommitNanos >= options.commitInterval().toNanos();
  }

  private void throwIfFailed() {
    Throwable failed = failure.get();
    if (failed != null) {
      throw new UncheckedIOException(asIOException(failed));
    }
  }

  private static IOException asIOException(Throwable failed) {
    return failed instanceof IOException io
        ? io
        : new IOException("indexing failed: " + failed, failed);
  }

  /** An id as a message shows it: an id of thousands of characters would drown the reason. */
  static String shortened(String id) {
    if (id.length() <= 80) {
      return id;
    }
    int end = Character.isHighSurrogate(id.charAt(79)) ? 79 : 80; // never cut a character in two
    return id.substring(0, end) + "... (" + id.length() + " characters)";
  }

  /**
   * Lucene's reason without the bytes it appends: "Document contains at least one immense term in
   * field="source" (whose length is longer than the max length 32766), all of which were skipped".
   */
  static String firstSentence(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    int prefix = message.indexOf(". The prefix of the first immense term");
    return prefix < 0 ? message : message.substring(0, prefix);
  }

  /** UTF-8 length; a lone surrogate counts as the 3-byte replacement character Lucene writes. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
