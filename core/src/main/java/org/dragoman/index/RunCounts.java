package org.dragoman.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dragoman.model.IndexReport;
import org.dragoman.model.IngestProblem;

/** The tallies of one indexing run, updated from several threads. */
final class RunCounts {

  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong replaced = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong invalid = new AtomicLong();
  private final AtomicLong textBytes = new AtomicLong();
  private final List<IngestProblem> problems = new ArrayList<>();

  void written(boolean replacement, long bytes) {
    (replacement ? replaced : indexed).incrementAndGet();
    textBytes.addAndGet(bytes);
  }

  void invalid(IngestProblem problem) {
    invalid.incrementAndGet();
    keep(problem);
  }

  void skipped(IngestProblem problem) {
    skipped.incrementAndGet();
    keep(problem);
  }

  long written() {
    return indexed.get() + replaced.get();
  }

  private void keep(IngestProblem problem) {
    synchronized (problems) {
      if (problems.size() < IndexReport.MAX_PROBLEMS) {
        problems.add(problem);
      }
    }
  }

  IndexReport report(Duration elapsed) {
    synchronized (problems) {
      return new IndexReport(
          indexed.get(),
          replaced.get(),
          skipped.get(),
          invalid.get(),
          problems,
          textBytes.get(),
          elapsed);
    }
  }
}
