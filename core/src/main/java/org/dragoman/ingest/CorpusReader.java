package org.dragoman.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.model.IngestProblem;

/**
 * Reads articles from files and directories, streaming: JSON Lines ({@code .jsonl}, {@code
 * .ndjson}, gzipped as {@code .jsonl.gz}) and plain-text articles ({@code .txt}, see the README). A
 * directory is read recursively in a stable order (entries sorted by name) and by file type; other
 * files in it are skipped with a reason. Bad items are rejected with file, line and reason, and
 * reading goes on; memory stays bounded by one item whatever the corpus size.
 *
 * <pre>{@code
 * CorpusReader reader = new CorpusReader();
 * reader.read(Path.of("corpus"), new ArticleSink() {
 *   public void accept(Article article, String file, long line) { index(article); }
 *   public void reject(IngestProblem problem) { System.err.println(problem); }
 *   public void skip(IngestProblem problem) {}
 * });
 * }</pre>
 */
public final class CorpusReader {

  /**
   * The default limit of one item: a JSON Lines line or a plain-text file. Long enough for any real
   * article (a 50 MB statement reads), short enough that a file with no line breaks cannot exhaust
   * memory.
   */
  public static final int DEFAULT_MAX_ITEM_BYTES = 64 * 1024 * 1024;

  /** Bytes read between progress calls to {@link ArticleSink#bytesRead(long)}. */
  private static final int PROGRESS_STEP = 256 * 1024;

  private final int maxItemBytes;
  private final JsonLinesReader jsonLines;
  private final PlainTextArticleReader plainText;

  /** A reader with the {@linkplain #DEFAULT_MAX_ITEM_BYTES default item limit}. */
  public CorpusReader() {
    this(DEFAULT_MAX_ITEM_BYTES);
  }

  /**
   * A reader that rejects items longer than {@code maxItemBytes}.
   *
   * @throws IllegalArgumentException when the limit is less than 1
   */
  public CorpusReader(int maxItemBytes) {
    if (maxItemBytes < 1) {
      throw new IllegalArgumentException("maxItemBytes " + maxItemBytes + " is less than 1");
    }
    this.maxItemBytes = maxItemBytes;
    this.jsonLines = new JsonLinesReader(maxItemBytes);
    this.plainText = new PlainTextArticleReader(maxItemBytes);
  }

  /** The limit of one item in bytes. */
  public int maxItemBytes() {
    return maxItemBytes;
  }

  /**
   * Reads a file (by its type) or a directory (recursively, sorted by name) into the sink. A
   * missing or unsupported file named here is rejected with line 0; an unsupported file inside a
   * directory is skipped.
   *
   * @throws IOException when a file or directory cannot be read (permissions, disk errors); bad
   *     content is never an exception, it is a rejected item
   */
  public void read(Path fileOrDir, ArticleSink sink) throws IOException {
    if (Files.isDirectory(fileOrDir)) {
      readDirectory(fileOrDir, sink);
      return;
    }
    String name = fileOrDir.toString();
    if (!Files.exists(fileOrDir)) {
      sink.reject(new IngestProblem(name, 0, "no such file or directory"));
      return;
    }
    FileType type = FileType.of(fileOrDir);
    if (type == FileType.UNSUPPORTED || !Files.isRegularFile(fileOrDir)) {
      sink.reject(new IngestProblem(name, 0, unsupportedReason(fileOrDir)));
      return;
    }
    readFile(fileOrDir, type, sink);
  }

  /**
   * The size on disk of the files that {@link #read} would read from these paths (compressed size
   * for {@code .gz}), for a progress bar. Paths that are missing or cannot be listed count as 0
   * bytes here: {@link #read} reports them.
   */
  public static long totalBytes(List<Path> paths) {
    long total = 0;
    for (Path path : paths) {
      try {
        total += bytesUnder(path, true);
      } catch (IOException | UncheckedIOException e) {
        // An estimate for progress only; the read itself reports what it cannot read.
      }
    }
    return total;
  }

  private static long bytesUnder(Path path, boolean named) throws IOException {
    boolean directory =
        named ? Files.isDirectory(path) : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    if (directory) {
      long sum = 0;
      for (Path entry : sortedEntries(path)) {
        sum += isHidden(entry) ? 0 : bytesUnder(entry, false);
      }
      return sum;
    }
    boolean readable = Files.isRegularFile(path) && FileType.of(path) != FileType.UNSUPPORTED;
    return readable ? Files.size(path) : 0;
  }

  private void readDirectory(Path dir, ArticleSink sink) throws IOException {
    List<Path> entries;
    try {
      entries = sortedEntries(dir);
    } catch (AccessDeniedException e) {
      sink.reject(
          new IngestProblem(dir.toString(), 0, "cannot list the directory: permission denied"));
      return;
    }
    for (Path entry : entries) {
      String name = entry.toString();
      if (isHidden(entry)) {
        sink.skip(new IngestProblem(name, 0, "hidden file or directory, not read"));
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        readDirectory(entry, sink);
      } else if (Files.isDirectory(entry)) {
        // Following links to directories could loop forever.
        sink.skip(new IngestProblem(name, 0, "symbolic link to a directory, not followed"));
      } else if (FileType.of(entry) == FileType.UNSUPPORTED || !Files.isRegularFile(entry)) {
        sink.skip(new IngestProblem(name, 0, unsupportedReason(entry)));
      } else {
        readFile(entry, FileType.of(entry), sink);
      }
    }
  }

  private void readFile(Path file, FileType type, ArticleSink sink) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size == 0) {
      sink.skip(new IngestProblem(name, 0, "no articles: the file is empty"));
      return;
    }
    try (ProgressInputStream in = new ProgressInputStream(Files.newInputStream(file), sink)) {
      switch (type) {
        case JSON_LINES -> jsonLines.read(in, name, false, sink);
        case JSON_LINES_GZIP -> jsonLines.read(in, name, true, sink);
        case PLAIN_TEXT_ARTICLE -> plainText.read(in, name, sink);
        case UNSUPPORTED -> throw new IllegalStateException("unsupported file " + name);
      }
      // A reader may stop early (a binary file); progress still counts the whole file.
      in.reportUnread(size);
    } catch (NoSuchFileException e) {
      sink.reject(new IngestProblem(name, 0, "file disappeared while reading"));
    } catch (AccessDeniedException e) {
      sink.reject(new IngestProblem(name, 0, "cannot read the file: permission denied"));
    }
  }

  private static List<Path> sortedEntries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> sorted = new ArrayList<>(entries.toList());
      sorted.sort(Comparator.comparing(p -> p.getFileName().toString()));
      return sorted;
    }
  }

  private static boolean isHidden(Path entry) {
    return entry.getFileName().toString().startsWith(".");
  }

  private static String unsupportedReason(Path file) {
    if (!Files.isRegularFile(file)) {
      return "not a regular file";
    }
    return "unsupported file type: Dragoman reads " + FileType.SUPPORTED;
  }

  /** Counts raw bytes and passes them to the sink in steps, for progress. */
  private static final class ProgressInputStream extends FilterInputStream {
    private final ArticleSink sink;
    private long reported;
    private long pending;

    ProgressInputStream(InputStream in, ArticleSink sink) {
      super(in);
      this.sink = sink;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      pending += n;
      if (pending >= PROGRESS_STEP) {
        flush();
      }
    }

    private void flush() {
      if (pending > 0) {
        sink.bytesRead(pending);
        reported += pending;
        pending = 0;
      }
    }

    /** Reports the bytes of the file not yet reported, read or not. */
    void reportUnread(long fileSize) {
      flush();
      if (fileSize > reported) {
        sink.bytesRead(fileSize - reported);
        reported = fileSize;
      }
    }
  }
}
