package org.dragoman.cli;

import java.util.Locale;
import org.dragoman.model.IndexReport;

/** The indexing report as people read it. */
final class ReportFormat {
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
            + "docs/s    %.1f%nMB/s      %.2f%nelapsed   %.2f s%n",
        report.indexed(),
        report.replaced(),
        report.skipped(),
        report.invalid(),
        report.docsPerSecond(),
        report.megabytesPerSecond(),
        report.elapsed().toNanos() / 1e9);
  }
}
