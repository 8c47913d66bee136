package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.dragoman.model.IndexReport;
import org.dragoman.model.IngestProblem;
import org.junit.jupiter.api.Test;

/** Progress on stderr: a bar only when wanted; problems always, as file:line: reason. */
class IndexProgressTest {

  private final StringWriter err = new StringWriter();

  @Test
  void aBarIsWantedOnlyOnATerminalWithoutJsonAndNotSwitchedOff() {
    assertThat(IndexProgress.wanted(true, false, false)).isTrue();
    assertThat(IndexProgress.wanted(false, false, false)).isFalse();
    assertThat(IndexProgress.wanted(true, true, false)).isFalse();
    assertThat(IndexProgress.wanted(true, false, true)).isFalse();
  }

  @Test
  void drawsTheBarOnStderrWhenShown() {
    IndexProgress progress = new IndexProgress(new PrintWriter(err, true), true, 100);

    progress.started(2_000_000);
    progress.progress(1_000_000, 400);
    progress.finished(report(List.of(), 0));

    assertThat(err.toString()).contains("Indexing").contains("%").contains("\r");
  }

  @Test
  void drawsNothingButProblemsWhenNotShown() {
    IndexProgress progress = new IndexProgress(new PrintWriter(err, true), false, 100);
    IngestProblem problem = new IngestProblem("a.jsonl", 3, "malformed JSON");

    progress.started(2_000_000);
    progress.progress(1_000_000, 400);
    progress.problem(problem);
    progress.finished(report(List.of(problem), 1));

    assertThat(err.toString()).isEqualTo("a.jsonl:3: malformed JSON" + System.lineSeparator());
  }

  @Test
  void problemsOnlyInTheReportArePrintedAtTheEnd() {
    IndexProgress progress = new IndexProgress(new PrintWriter(err, true), false, 100);
    IngestProblem problem = new IngestProblem("b.jsonl", 7, "body is missing");

    progress.finished(report(List.of(problem), 1));

    assertThat(err.toString()).isEqualTo("b.jsonl:7: body is missing" + System.lineSeparator());
  }

  private static IndexReport report(List<IngestProblem> problems, long invalid) {
    return new IndexReport(10, 0, 0, invalid, problems, 1000, Duration.ofMillis(500));
  }
}
