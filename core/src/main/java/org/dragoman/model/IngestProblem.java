package org.dragoman.model;

import static java.util.Objects.requireNonNull;

/**
 * Why one input item was rejected or skipped, and where it is.
 *
 * @param file the input file as given by the user
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param reason what was wrong, naming the value ("date 2024-13-01 is not YYYY, YYYY-MM or ...")
 */
public record IngestProblem(String file, long line, String reason) {
  public IngestProblem {
    requireNonNull(file, "file");
    requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
  }

  /** {@code file:line: reason}, or {@code file: reason} for whole-file problems. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
