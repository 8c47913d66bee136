package org.dragoman.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dragoman.IndexLockedException;
import org.dragoman.IndexUnavailableException;
import org.dragoman.SearchTimeoutException;

/** The exit codes of {@code dragoman}, as {@code --help} lists them. Scripts depend on them. */
public enum ExitCode {
  OK(0, "success"),
  FAILURE(1, "unexpected failure: an I/O error or a bug (--verbose prints the stack trace)"),
  USAGE(2, "bad usage, bad query or rejected input: the message names the problem"),
  INDEX_UNAVAILABLE(
      3,
      "index missing, unreadable, corrupt or of another schema version: the message says whether"
          + " to re-index"),
  TIMEOUT(4, "search took longer than --timeout: no partial results are printed"),
  INDEX_LOCKED(5, "index locked by another process writing to it: try again when it is done");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The exit code for a failure: what kind of problem the exception says it is. */
  static ExitCode of(Throwable failure) {
    if (failure instanceof IndexUnavailableException) {
      return INDEX_UNAVAILABLE;
    }
    if (failure instanceof SearchTimeoutException) {
      return TIMEOUT;
    }
    if (failure instanceof IndexLockedException) {
      return INDEX_LOCKED;
    }
    if (failure instanceof UsageException || failure instanceof IllegalArgumentException) {
      return USAGE;
    }
    return FAILURE;
  }

  /** Code to meaning, for picocli's exit code section of the help. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode exitCode : values()) {
      list.put(String.format("%3d", exitCode.code), exitCode.meaning);
    }
    return list;
  }

  /** A problem the user can fix: a missing queries file, conflicting options. */
  static final class UsageException extends IOException {
    UsageException(String message) {
      super(message);
    }

    UsageException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
