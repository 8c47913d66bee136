package org.dragoman;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How an index is written. The defaults suit a laptop or a small server.
 *
 * <pre>{@code
 * DragomanOptions options = DragomanOptions.defaults().withThreads(2).withCommitEvery(50_000);
 * }</pre>
 *
 * @param threads indexing threads (documents are analysed in parallel)
 * @param commitEvery commit after this many articles, so an interrupted run keeps its work
 * @param commitInterval commit at least this often during a long run
 * @param ramBufferMb Lucene's indexing buffer per writer, in MB
 * @param aliasFiles user alias lists added to the built-in one (same format as {@code
 *     org/dragoman/analysis/aliases.txt}); applied at query time, so they need no re-indexing
 */
public record DragomanOptions(
    int threads,
    int commitEvery,
    Duration commitInterval,
    double ramBufferMb,
    List<Path> aliasFiles) {

  public DragomanOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " is less than 1");
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery " + commitEvery + " is less than 1");
    }
    if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commitInterval " + commitInterval + " is not positive");
    }
    if (ramBufferMb < 1) {
      throw new IllegalArgumentException("ramBufferMb " + ramBufferMb + " is less than 1");
    }
    aliasFiles = aliasFiles == null ? List.of() : List.copyOf(aliasFiles);
  }

  public static DragomanOptions defaults() {
    return new DragomanOptions(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        100_000,
        Duration.ofSeconds(60),
        128,
        List.of());
  }

  public DragomanOptions withThreads(int threads) {
    return new DragomanOptions(threads, commitEvery, commitInterval, ramBufferMb, aliasFiles);
  }

  public DragomanOptions withCommitEvery(int commitEvery) {
    return new DragomanOptions(threads, commitEvery, commitInterval, ramBufferMb, aliasFiles);
  }

  public DragomanOptions withCommitInterval(Duration commitInterval) {
    return new DragomanOptions(threads, commitEvery, commitInterval, ramBufferMb, aliasFiles);
  }

  public DragomanOptions withRamBufferMb(double ramBufferMb) {
    return new DragomanOptions(threads, commitEvery, commitInterval, ramBufferMb, aliasFiles);
  }

  /** Adds user alias lists to the built-in one. */
  public DragomanOptions withAliasFiles(List<Path> aliasFiles) {
    return new DragomanOptions(threads, commitEvery, commitInterval, ramBufferMb, aliasFiles);
  }
}
