package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.dragoman.IndexUnavailableException;
import org.junit.jupiter.api.Test;

/** Failures become one line and an exit code; the stack trace only with --verbose. */
class FailuresTest {

  @Test
  void eachKindOfFailureHasItsExitCode() {
    assertThat(ExitCode.of(new IndexUnavailableException("gone")))
        .isEqualTo(ExitCode.INDEX_UNAVAILABLE);
    assertThat(ExitCode.of(new IllegalArgumentException("bad query"))).isEqualTo(ExitCode.USAGE);
    assertThat(ExitCode.of(new ExitCode.UsageException("no file"))).isEqualTo(ExitCode.USAGE);
    assertThat(ExitCode.of(new IOException("disk"))).isEqualTo(ExitCode.FAILURE);
    assertThat(ExitCode.of(new IllegalStateException("bug"))).isEqualTo(ExitCode.FAILURE);
  }

  @Test
  void anUnexpectedFailureIsOneLineWithAHintAndNoStackTrace() {
    StringWriter err = new StringWriter();

    ExitCode code =
        Failures.report(new IOException("disk full"), false, new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCode.FAILURE);
    assertThat(err.toString())
        .isEqualTo(
            "dragoman: unexpected failure: IOException: disk full"
                + " (run with --verbose for the stack trace)"
                + System.lineSeparator());
  }

  @Test
  void verbosePrintsTheStackTrace() {
    StringWriter err = new StringWriter();

    Failures.report(new IOException("disk full"), true, new PrintWriter(err, true));

    assertThat(err.toString())
        .startsWith("dragoman: unexpected failure: IOException: disk full")
        .contains("\tat org.dragoman.cli.FailuresTest");
  }

  @Test
  void aBadQueryIsToldPlainly() {
    StringWriter err = new StringWriter();

    ExitCode code =
        Failures.report(
            new IllegalArgumentException("unbalanced quote in \"Tokayev"),
            false,
            new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .isEqualTo("dragoman: unbalanced quote in \"Tokayev" + System.lineSeparator());
  }
}
