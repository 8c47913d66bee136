package org.dragoman;

import org.dragoman.model.IndexReport;
import org.dragoman.model.IngestProblem;

/**
 * Hears how an indexing run goes, for progress bars and logs. Every method has an empty default;
 * calls come from the indexing threads, so implementations must be thread-safe.
 */
public interface IndexListener {

  /** No-op listener. */
  IndexListener NONE = new IndexListener() {};

  /** The run starts; {@code totalBytes} is the size of all input files (compressed as stored). */
  default void started(long totalBytes) {}

  /** More input was read: {@code bytes} since the last call, {@code articles} written so far. */
  default void progress(long bytes, long articles) {}

  /** An item was rejected or skipped; the report lists it too. */
  default void problem(IngestProblem problem) {}

  /** The run committed and ended. */
  default void finished(IndexReport report) {}
}
