package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.dragoman.model.IndexReport;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void theReportShowsEveryFigure() {
    IndexReport report =
        new IndexReport(800, 14, 2, 11, List.of(), 4_000_000, Duration.ofSeconds(2));

    assertThat(ReportFormat.human(report).lines())
        .containsExactly(
            "indexed   800",
            "replaced  14",
            "skipped   2",
            "invalid   11",
            "docs/s    407.0",
            "MB/s      2.00",
            "elapsed   2.00 s",
            "measured  whole run: reading, analysis, final commit; JVM warm-up included;"
                + " MB = title and body text");
  }
}
