package org.dragoman.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.IndexSchemaTooOldException;
import org.dragoman.IndexUnavailableException;
import org.dragoman.model.IndexReport;

/**
 * Where the index is: {@code --index DIR}, else {@code $DRAGOMAN_INDEX}, else {@code
 * ./.dragoman/index}. The default index is built from {@code $DRAGOMAN_DEFAULT_CORPUS} on first
 * use, so {@code dragoman search Tokayev} works on a fresh checkout, and rebuilt when an older
 * Dragoman wrote it (after an upgrade that changed the schema).
 *
 * @param dir the index directory
 * @param explicit whether the user named it with {@code --index}
 */
record IndexLocation(Path dir, boolean explicit) {

  static final String INDEX_ENV = "DRAGOMAN_INDEX";
  static final String DEFAULT_CORPUS_ENV = "DRAGOMAN_DEFAULT_CORPUS";
  static final Path DEFAULT_DIR = Path.of(".dragoman", "index");

  /** Resolves {@code --index} (null when not given) against the environment. */
  static IndexLocation resolve(Path indexOption, CliContext context) {
    if (indexOption != null) {
      return new IndexLocation(context.workingDir().resolve(indexOption), true);
    }
    String fromEnv = context.env().get(INDEX_ENV);
    Path dir = fromEnv == null || fromEnv.isBlank() ? DEFAULT_DIR : Path.of(fromEnv.strip());
    return new IndexLocation(context.workingDir().resolve(dir), false);
  }

  /**
   * Opens the index for reading. An index named with {@code --index} must exist; the default one is
   * built from the default corpus the first time.
   *
   * @throws IndexUnavailableException when there is no index and none can be built
   */
  DragomanIndex openForReading(CliContext context, boolean progressWanted) throws IOException {
    return openForReading(context, progressWanted, DragomanOptions.defaults());
  }

  /** Opens the index for searching with the given options (alias files). */
  DragomanIndex openForReading(CliContext context, boolean progressWanted, DragomanOptions options)
      throws IOException {
    Path corpus = explicit ? null : defaultCorpus(context);
    if (isAbsent()) {
      if (corpus == null) {
        throw new IndexUnavailableException(
            "no index at "
                + dir
                + ": build one with 'dragoman index "
                + (explicit ? "--index " + dir + " " : "")
                + "PATH...'");
      }
      checkExists(corpus);
      context.err().println("dragoman: no index at " + dir + " yet: building it from " + corpus);
      buildDefault(corpus, context, progressWanted);
    }
    try {
      return DragomanIndex.openExisting(dir, options);
    } catch (IndexSchemaTooOldException e) {
      if (corpus == null) {
        throw e; // the user's own index: only they know what went into it
      }
      // The default index is a cache of the default corpus: rebuilding it loses nothing.
      checkExists(corpus);
      context
          .err()
          .printf(
              "dragoman: the index at %s was written by an older Dragoman (schema version %d,"
                  + " this one reads %d): rebuilding it from %s%n",
              dir, e.foundVersion(), e.readableVersion(), corpus);
      deleteIndex();
      buildDefault(corpus, context, progressWanted);
      return DragomanIndex.openExisting(dir, options);
    }
  }

  /** {@code $DRAGOMAN_DEFAULT_CORPUS} resolved, or null when it is not set. */
  private static Path defaultCorpus(CliContext context) {
    String corpus = context.env().get(DEFAULT_CORPUS_ENV);
    return corpus == null || corpus.isBlank() ? null : context.workingDir().resolve(corpus.strip());
  }

  private void checkExists(Path corpus) throws IndexUnavailableException {
    if (!Files.exists(corpus)) {
      throw new IndexUnavailableException(
          "no index at " + dir + ", and the default corpus " + corpus + " does not exist");
    }
  }

  /** Deletes the index directory and everything in it. */
  private void deleteIndex() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Missing, or an empty directory: nothing was ever committed here. */
  boolean isAbsent() throws IOException {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private void buildDefault(Path corpus, CliContext context, boolean progressWanted)
      throws IOException {
    context.err().flush();
    IndexProgress progress =
        new IndexProgress(context.err(), progressWanted, context.terminalColumns());
    IndexReport report;
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      report = index.add(List.of(corpus), progress);
    }
    context
        .err()
        .printf(
            "dragoman: indexed %d articles in %.1f s%s%n",
            report.written(),
            report.elapsed().toMillis() / 1000.0,
            report.invalid() > 0 ? "; " + report.invalid() + " items rejected (listed above)" : "");
    context.err().flush();
  }
}
