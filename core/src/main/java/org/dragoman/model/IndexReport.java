package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did. Throughput counts the UTF-8 bytes of the indexed titles and bodies and
 * the whole elapsed time, analysis and the final commit included.
 *
 * @param indexed articles new to the index
 * @param replaced articles whose id was already indexed (in this run or before) and were replaced
 * @param skipped input items or files left out on purpose (unsupported file type, empty file)
 * @param invalid input items rejected as bad; see {@code problems}
 * @param problems where and why items were rejected or skipped, in input order (at most {@link
 *     #MAX_PROBLEMS} kept; the counts stay exact)
 * @param textBytes UTF-8 bytes of title and body of the articles indexed or replaced
 * @param elapsed wall time of the run
 */
public record IndexReport(
    long indexed,
    long replaced,
    long skipped,
    long invalid,
    List<IngestProblem> problems,
    long textBytes,
    Duration elapsed) {

  /** Problems kept in a report; a corpus with millions of bad lines must not exhaust memory. */
  public static final int MAX_PROBLEMS = 1000;

  public IndexReport {
    problems = List.copyOf(problems);
    requireNonNull(elapsed, "elapsed");
  }

  /** Articles written to the index, new or replacing. */
  public long written() {
    return indexed + replaced;
  }

  public double docsPerSecond() {
    return perSecond(written());
  }

  public double megabytesPerSecond() {
    return perSecond(textBytes) / 1_000_000.0;
  }

  private double perSecond(double amount) {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : amount / seconds;
  }
}
