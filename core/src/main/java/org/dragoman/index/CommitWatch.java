package org.dragoman.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Tells a searching process cheaply whether another process may have committed to the index
 * directory since it last looked, so that it lists the directory (Lucene's way of finding the
 * newest commit) only then.
 *
 * <p>Why: listing the directory on every search cost about 25 µs in a probe (97-100 against 73 µs
 * per one-word search on the reference corpus), half of plain Lucene's whole search; reading the
 * directory's modification time is one {@code stat}. A commit creates a file ({@code segments_N}),
 * which changes that time. Three cases still list:
 *
 * <ul>
 *   <li>the time was within {@link #RACY_MILLIS} of the last listing: a file system with coarse
 *       time stamps (whole seconds, FAT's two) or a file server whose clock runs behind ours could
 *       give a later commit the same time;
 *   <li>{@link #FALLBACK_NANOS} have passed since the last listing, in case a file system does not
 *       keep directory times at all;
 *   <li>the time cannot be read.
 * </ul>
 *
 * <pre>{@code
 * CommitWatch.Look look = watch.look();
 * if (look.mayHaveChanged()) {
 *   // list the directory, refresh the searchers, then:
 *   watch.seen(look);
 * }
 * }</pre>
 *
 * <p>Thread-safe: a look that is recorded late only causes one more listing.
 */
final class CommitWatch {

  /** Directory times this close to the listing may be shared by a later commit. */
  static final long RACY_MILLIS = 10_000;

  /** The longest time between two listings. */
  static final long FALLBACK_NANOS = 1_000_000_000L;

  /** What one look found: the directory's time, and when the look was made. */
  record Look(FileTime modified, long atMillis, long atNanos, boolean mayHaveChanged) {}

  private record Seen(FileTime modified, boolean racy, long atNanos) {}

  private final Path dir;
  private volatile Seen seen; // null: never listed

  CommitWatch(Path dir) {
    this.dir = dir;
  }

  /** Reads the directory's time, before the listing that it may call for. */
  Look look() {
    long atMillis = System.currentTimeMillis();
    long atNanos = System.nanoTime();
    FileTime modified;
    try {
      modified = Files.getLastModifiedTime(dir);
    } catch (IOException | RuntimeException e) {
      return new Look(null, atMillis, atNanos, true);
    }
    Seen last = seen;
    boolean changed =
        last == null
            || last.racy()
            || !modified.equals(last.modified())
            || atNanos - last.atNanos() >= FALLBACK_NANOS;
    return new Look(modified, atMillis, atNanos, changed);
  }

  /** Records that the directory was listed, and the searchers are current, after {@code look}. */
  void seen(Look look) {
    if (look.modified() == null) {
      return;
    }
    boolean racy = look.atMillis() - look.modified().toMillis() < RACY_MILLIS;
    seen = new Seen(look.modified(), racy, look.atNanos());
  }
}
