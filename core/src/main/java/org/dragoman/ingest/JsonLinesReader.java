package org.dragoman.ingest;

import com.google.common.base.Utf8;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dragoman.model.Article;
import org.dragoman.model.IngestProblem;

/**
 * Reads a JSON Lines file, plain or gzipped, one article per line, streaming: one line in memory at
 * a time. Every bad line is rejected with its number and the reason, and reading goes on; a file
 * that is not JSON Lines text at all (binary, UTF-16, gzip under a plain name) is one problem.
 */
final class JsonLinesReader {

  private static final int GZIP_BUFFER = 64 * 1024;

  private final int maxLineBytes;
  private final JsonArticleParser parser;

  JsonLinesReader(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
    this.parser = new JsonArticleParser(maxLineBytes);
  }

  /**
   * Reads {@code raw} (the file's bytes as stored) and hands articles and problems to the sink.
   *
   * @param file the name used in problems
   * @param gzipped whether {@code raw} is gzip-compressed
   * @throws IOException when the file cannot be read; broken gzip data is a problem, not an
   *     exception
   */
  void read(InputStream raw, String file, boolean gzipped, ArticleSink sink) throws IOException {
    // No BufferedInputStream on top: its read() drops bytes already read when a later read of
    // a truncated gzip stream throws, and the lines in them would be lost.
    InputStream text;
    try {
      text = gzipped ? new GZIPInputStream(raw, GZIP_BUFFER) : raw;
    } catch (ZipException | EOFException e) {
      sink.reject(new IngestProblem(file, 0, "not gzip data, though named .gz: " + e.getMessage()));
      return;
    }
    ByteLineReader lines = new ByteLineReader(text, maxLineBytes);
    long items = 0;
    try {
      String notText = notTextReason(lines.peek(), gzipped);
      if (notText != null) {
        sink.reject(new IngestProblem(file, 0, notText));
        return;
      }
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        items++;
        readLine(lines, file, sink);
      }
    } catch (EOFException | ZipException e) {
      // GZIPInputStream throws these for truncated or corrupt data: what was read is kept.
      String where =
          lines.lineNumber() > 0 ? "reading stopped in this line" : "nothing could be read";
      sink.reject(
          new IngestProblem(
              file,
              lines.lineNumber(),
              "gzip data is truncated or corrupt (" + e.getMessage() + "): " + where));
      return;
    }
    if (items == 0) {
      sink.skip(new IngestProblem(file, 0, "no articles: the file is empty"));
    }
  }

  private void readLine(ByteLineReader lines, String file, ArticleSink sink) {
    long number = lines.lineNumber();
    if (lines.isTooLong()) {
      sink.reject(
          new IngestProblem(
              file,
              number,
              "line is "
                  + lines.fullLength()
                  + " bytes, longer than the limit of "
                  + maxLineBytes
                  + " bytes per article"));
      return;
    }
    byte[] bytes = lines.bytes();
    int offset = number == 1 ? byteOrderMarkLength(bytes, lines.length()) : 0;
    int length = lines.length() - offset;
    if (!Utf8.isWellFormed(bytes, offset, length)) {
      int at = Utf8Errors.malformedAt(bytes, offset, length);
      sink.reject(
          new IngestProblem(
              file, number, Utf8Errors.describe(bytes, at, offset, offset + length, "line")));
      return;
    }
    byte[] json = offset == 0 ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
    Article article;
    try {
      article = parser.parse(json, length);
    } catch (InvalidItemException e) {
      sink.reject(new IngestProblem(file, number, e.getMessage()));
      return;
    }
    sink.accept(article, file, number);
  }

  /** Null when the start of the input looks like text; else why it is not JSON Lines. */
  private static String notTextReason(byte[] head, boolean gzipped) {
    if (!gzipped && head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return "is gzip-compressed: name it .jsonl.gz to have it read";
    }
    for (int i = 0; i < head.length; i++) {
      if (head[i] == 0) {
        return "binary data, not JSON Lines text (a NUL byte at offset "
            + i
            + "; UTF-16 text is not supported either, use UTF-8)";
      }
    }
    return null;
  }

  private static int byteOrderMarkLength(byte[] bytes, int length) {
    boolean bom =
        length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    return bom ? 3 : 0;
  }
}
