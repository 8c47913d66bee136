package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of checking an index: Lucene's integrity check of every segment and the schema version
 * recorded in the last commit.
 *
 * <pre>{@code
 * IndexHealth health = DragomanIndex.check(Path.of("my-index"));
 * if (!health.isHealthy()) {
 *   health.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @param segments segments in the last commit (0 when it cannot be read)
 * @param documents live documents in the last commit
 * @param schemaVersion the schema version recorded in the last commit, or null when none is
 * @param expectedSchemaVersion the schema version this Dragoman reads
 * @param problems what is wrong, one sentence each; empty when the index is healthy
 */
public record IndexHealth(
    int segments,
    long documents,
    String schemaVersion,
    int expectedSchemaVersion,
    List<String> problems) {

  public IndexHealth {
    if (segments < 0) {
      throw new IllegalArgumentException("segments " + segments + " is negative");
    }
    if (documents < 0) {
      throw new IllegalArgumentException("documents " + documents + " is negative");
    }
    problems = List.copyOf(requireNonNull(problems, "problems"));
  }

  /** Whether the index is intact and of the schema version this Dragoman reads. */
  public boolean isHealthy() {
    return problems.isEmpty();
  }

  /** Whether the recorded schema version is the one this Dragoman reads. */
  public boolean schemaVersionMatches() {
    return String.valueOf(expectedSchemaVersion).equals(schemaVersion);
  }
}
