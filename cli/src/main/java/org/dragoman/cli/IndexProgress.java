package org.dragoman.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dragoman.IndexListener;
import org.dragoman.model.IndexReport;
import org.dragoman.model.IngestProblem;

/**
 * Shows an indexing run on stderr: each problem as {@code file:line: reason} as it is found, and a
 * progress bar in MB when one is wanted. Listener calls come from indexing threads, so every method
 * is synchronized.
 */
final class IndexProgress implements IndexListener {

  private final PrintWriter err;
  // Guards writes to err only; never held while calling the bar, whose thread also writes.
  private final Object printLock = new Object();
  private final boolean showBar;
  private final int columns;
  private ProgressBar bar;
  private long problemsPrinted;

  /**
   * @param showBar draw a progress bar; see {@link #wanted}
   * @param columns the terminal's width
   */
  IndexProgress(PrintWriter err, boolean showBar, int columns) {
    this.err = err;
    this.showBar = showBar;
    this.columns = columns;
  }

  /** A progress bar only on a terminal, never around JSON output, and not when switched off. */
  static boolean wanted(boolean stderrIsTerminal, boolean jsonOutput, boolean noProgress) {
    return stderrIsTerminal && !jsonOutput && !noProgress;
  }

  @Override
  public synchronized void started(long totalBytes) {
    if (showBar) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(Math.max(1, totalBytes))
              .setUnit(" MB", 1_000_000)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .setConsumer(new StderrConsumer())
              .showSpeed(new DecimalFormat("0.0"))
              .build();
    }
  }

  @Override
  public synchronized void progress(long bytes, long articles) {
    if (bar != null) {
      bar.stepBy(bytes);
      bar.setExtraMessage(" " + articles + " articles");
    }
  }

  @Override
  public synchronized void problem(IngestProblem problem) {
    synchronized (printLock) {
      if (bar != null) {
        err.print("\r" + " ".repeat(columns - 1) + "\r"); // the bar redraws itself below
      }
      err.println(problem);
      err.flush();
    }
    problemsPrinted++;
  }

  @Override
  public synchronized void finished(IndexReport report) {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
    // Listeners may hear only some problems; the report keeps them too, so none goes unseen.
    synchronized (printLock) {
      if (problemsPrinted == 0) {
        report.problems().forEach(err::println);
        long unlisted = report.invalid() + report.skipped() - report.problems().size();
        if (!report.problems().isEmpty() && unlisted > 0) {
          err.println("... and " + unlisted + " more problems");
        }
      }
      err.flush();
    }
  }

  /** Draws the bar on our stderr writer, without a terminal library. */
  private final class StderrConsumer implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return columns - 1;
    }

    @Override
    public void accept(String rendered) {
      String line =
          rendered.length() > getMaxRenderedLength()
              ? rendered.substring(0, getMaxRenderedLength())
              : rendered;
      synchronized (printLock) {
        err.print("\r" + line);
        err.flush();
      }
    }

    @Override
    public void close() {
      synchronized (printLock) {
        err.println();
        err.flush();
      }
    }
  }
}
