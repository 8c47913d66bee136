package org.dragoman;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another writer holds the index's write lock: another process indexing into it, or another open
 * {@link DragomanIndex} of this process that has written to it. Searching is never locked out;
 * writing can be tried again once the other writer is done.
 */
public class IndexLockedException extends IOException {

  private final Path lockFile;

  public IndexLockedException(Path indexDir, Path lockFile, Throwable cause) {
    super(
        "index "
            + indexDir
            + " is locked by another process (lock file "
            + lockFile
            + "): try again when it has finished writing",
        cause);
    this.lockFile = lockFile;
  }

  /** The lock file that another writer holds. */
  public Path lockFile() {
    return lockFile;
  }
}
