package org.dragoman.cli;

import java.util.Locale;
import org.dragoman.model.IndexReport;

/** The indexing report as people read it. */
final class ReportFormat {
  /**
   * What the rates cover, so that nobody compares them with a steady-state benchmark: the run's
   * wall time from opening the writer, through reading and analysing every article, to the final
   * commit (merges still running then finish in the background and are not counted), in a fresh JVM
   * whose code is not yet compiled (small corpora index well below the JMH figures of
   * benchmarks/README.md). MB/s counts the UTF-8 text of titles and bodies, not the size of the
   * input files.
   */
  static final String MEASURED =
      "whole run: reading, analysis, final commit; JVM warm-up included; MB = title and body text";

  private ReportFormat() {}

  /**
   * One figure per line, aligned:
   *
   * <pre>
   * indexed   814
   * replaced  0
   * ...
   * </pre>
   */
  static String human(IndexReport report) {
    return String.format(
        Locale.ROOT,
        "indexed   %d%nreplaced  %d%nskipped   %d%ninvalid   %d%n"
            + "docs/s    %.1f%nMB/s      %.2f%nelapsed   %.2f s%n"
            + "measured  %s%n",
        report.indexed(),
        report.replaced(),
        report.skipped(),
        report.invalid(),
        report.docsPerSecond(),
        report.megabytesPerSecond(),
        report.elapsed().toNanos() / 1e9,
        MEASURED);
  }
}
