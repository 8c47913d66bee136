package org.dragoman.cli;

import java.io.PrintWriter;

/** Turns a failure into one line on stderr (the stack trace only when asked) and an exit code. */
final class Failures {
  private Failures() {}

  /**
   * Reports {@code failure} and returns its exit code: problems the user can fix are told plainly,
   * anything else is an unexpected failure with a hint about {@code --verbose}.
   */
  static ExitCode report(Throwable failure, boolean verbose, PrintWriter err) {
    ExitCode exitCode = ExitCode.of(failure);
    if (exitCode == ExitCode.FAILURE) {
      err.println(
          "dragoman: unexpected failure: "
              + describe(failure)
              + (verbose ? "" : " (run with --verbose for the stack trace)"));
    } else {
      err.println("dragoman: " + describe(failure));
    }
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exitCode;
  }

  /** The message, with the exception type when the message alone would not say what happened. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    boolean selfExplaining =
        failure instanceof IllegalArgumentException
            || failure instanceof ExitCode.UsageException
            || failure instanceof org.dragoman.IndexUnavailableException
            || failure instanceof org.dragoman.IndexLockedException
            || failure instanceof org.dragoman.SearchTimeoutException;
    if (message == null || message.isBlank()) {
      return failure.getClass().getName();
    }
    return selfExplaining ? message : failure.getClass().getSimpleName() + ": " + message;
  }
}
