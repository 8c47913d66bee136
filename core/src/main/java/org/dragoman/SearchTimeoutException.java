package org.dragoman;

import java.io.IOException;
import java.time.Duration;

/**
 * A search took longer than the time allowed by {@link DragomanIndex#search(
 * org.dragoman.model.SearchRequest, Duration)}. The search is abandoned, not answered with partial
 * hits: a partial total and a relevance order over part of the index would look like an answer and
 * be wrong.
 */
public class SearchTimeoutException extends IOException {

  private final Duration timeout;

  public SearchTimeoutException(String query, Duration timeout) {
    super(
        "query "
            + query
            + " took longer than the timeout of "
            + describe(timeout)
            + ": narrow it (fewer wildcards or fuzzy words, a date range) or allow more time");
    this.timeout = timeout;
  }

  /** The time the search was allowed. */
  public Duration timeout() {
    return timeout;
  }

  /** {@code 500 ms}, {@code 2 s}, {@code 1.5 s}: how people write durations. */
  static String describe(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos < 1_000) {
      return nanos + " ns";
    }
    if (nanos < 1_000_000) {
      return nanos / 1_000 + " µs";
    }
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0))
        + " s";
  }
}
