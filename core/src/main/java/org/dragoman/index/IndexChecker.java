package org.dragoman.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dragoman.IndexLockedException;
import org.dragoman.IndexUnavailableException;
import org.dragoman.model.IndexHealth;

/**
 * Checks an index on disk: Lucene's {@link CheckIndex} over every segment of the last commit
 * (checksums and structure), and the schema version recorded in that commit. Reads only; takes the
 * write lock while it runs, as {@link CheckIndex} does, so a check never races a writer.
 *
 * <pre>{@code
 * IndexHealth health = IndexChecker.check(Path.of("my-index"));
 * }</pre>
 */
public final class IndexChecker {

  private static final String REINDEX =
      "index the articles again into a new directory (or delete this one and re-index)";

  private IndexChecker() {}

  /**
   * Checks the index in {@code dir}.
   *
   * @throws IndexUnavailableException when {@code dir} holds no index at all
   * @throws IndexLockedException when a writer holds the index
   * @throws IOException when the directory cannot be read
   */
  public static IndexHealth check(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IndexUnavailableException("no Dragoman index at " + dir + ": no such directory");
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException(
            "no Dragoman index at " + dir + ": the directory holds no index commit");
      }
      CheckIndex.Status status;
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex checker = new CheckIndex(directory)) {
        checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        checker.setThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()));
        status = checker.checkIndex();
      } catch (LockObtainFailedException e) {
        throw new IndexLockedException(dir, dir.resolve(IndexWriter.WRITE_LOCK_NAME), e);
      }
      return health(directory, status, log.toString(StandardCharsets.UTF_8));
    }
  }

  private static IndexHealth health(Directory directory, CheckIndex.Status status, String log)
      throws IOException {
    List<String> problems = new ArrayList<>();
    if (status.missingSegments) {
      problems.add(
          "the last commit cannot be read ("
              + commitError(directory)
              + "): the index is corrupt; "
              + REINDEX);
    }
    if (status.toolOutOfDate) {
      problems.add("the index was written by a newer version of Lucene: use a newer Dragoman");
    }
    long readableDocuments = 0;
    if (status.segmentInfos != null) {
      for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
        if (segment.error != null) {
          problems.add(
              "segment "
                  + segment.name
                  + " ("
                  + segment.maxDoc
                  + " documents) is corrupt: "
                  + firstLine(segment.error)
                  + "; "
                  + REINDEX);
        } else {
          readableDocuments += segment.toLoseDocCount;
        }
      }
    }
    long documents = problems.isEmpty() ? liveDocuments(directory) : readableDocuments;
    if (!status.clean && problems.isEmpty()) {
      problems.add("Lucene's integrity check failed: " + lastErrorLine(log) + "; " + REINDEX);
    }
    Map<String, String> userData = status.userData == null ? Map.of() : status.userData;
    String version = userData.get(ArticleSchema.VERSION_KEY);
    if (!status.missingSegments) {
      if (version == null) {
        problems.add(
            "the last commit records no Dragoman schema version: it is not a Dragoman index; "
                + REINDEX);
      } else if (!version.equals(String.valueOf(ArticleSchema.VERSION))) {
        problems.add(
            "schema version "
                + version
                + ", but this Dragoman reads version "
                + ArticleSchema.VERSION
                + ": "
                + REINDEX);
      }
    }
    return new IndexHealth(status.numSegments, documents, version, ArticleSchema.VERSION, problems);
  }

  /** The documents a search sees: live documents, not those replaced or deleted. */
  private static long liveDocuments(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  /** Why the last commit point cannot be read: CheckIndex only says that it cannot. */
  private static String commitError(Directory directory) {
    try {
      SegmentInfos.readLatestCommit(directory);
      return "no error when read again";
    } catch (IOException | RuntimeException e) {
      return firstLine(e);
    }
  }

  private static String firstLine(Throwable error) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static String lastErrorLine(String log) {
    List<String> errors = log.lines().filter(l -> l.contains("ERROR")).toList();
    return errors.isEmpty() ? "no detail given" : errors.get(errors.size() - 1).strip();
  }
}
