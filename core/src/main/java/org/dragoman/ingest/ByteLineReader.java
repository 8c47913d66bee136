package org.dragoman.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'} without decoding, so each line can be checked for
 * valid UTF-8 on its own and one bad line does not spoil the rest of the file. A line longer than
 * the cap is not kept: it is skipped to its end and reported by {@link #isTooLong()}, so memory
 * stays bounded whatever the input.
 */
final class ByteLineReader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private boolean endOfInput;

  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private long fullLength;
  private long lineNumber;

  ByteLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Advances to the next line.
   *
   * @return false at the end of the input
   * @throws IOException from the stream, e.g. {@link java.io.EOFException} for a truncated gzip
   *     stream; {@link #lineNumber()} is then the line being read
   */
  boolean next() throws IOException {
    shrinkAfterHugeLine();
    lineLength = 0;
    fullLength = 0;
    lineNumber++;
    boolean sawAnything = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        if (endOfInput || !fill()) {
          if (!sawAnything) {
            lineNumber--;
          }
          return sawAnything;
        }
      }
      sawAnything = true;
      int newline = indexOfNewline();
      int end = newline >= 0 ? newline : chunkEnd;
      append(chunkPos, end - chunkPos);
      chunkPos = newline >= 0 ? newline + 1 : end;
      if (newline >= 0) {
        return true;
      }
    }
  }

  /**
   * The first bytes of the input, without consuming them, from one read of the stream: call before
   * {@link #next()}. One read only, so a stream that fails later loses nothing here.
   */
  byte[] peek() throws IOException {
    if (chunkPos == chunkEnd && !endOfInput) {
      fill();
    }
    return Arrays.copyOfRange(chunk, chunkPos, chunkEnd);
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** The current line's bytes, without the {@code '\n'}; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  /** Bytes of the current line kept, without a trailing {@code '\r'}; 0 when too long. */
  int length() {
    int n = lineLength;
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    return n;
  }

  /** Whether the current line was longer than the cap and its bytes were dropped. */
  boolean isTooLong() {
    return fullLength > maxLineBytes;
  }

  /** The current line's length in bytes, also when it was too long to keep. */
  long fullLength() {
    return fullLength;
  }

  /** Whether the current line holds only spaces, tabs and carriage returns. */
  boolean isBlank() {
    if (isTooLong()) {
      return false;
    }
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, CHUNK);
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    return n > 0 || fill();
  }

  private int indexOfNewline() {
    for (int i = chunkPos; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int count) {
    fullLength += count;
    if (fullLength > maxLineBytes) {
      lineLength = 0; // too long: count the rest, keep nothing
      return;
    }
    if (lineLength + count > line.length) {
      line =
          Arrays.copyOf(
              line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, lineLength + count)));
    }
    System.arraycopy(chunk, from, line, lineLength, count);
    lineLength += count;
  }

  // One huge line must not pin its buffer for the rest of a long file.
  private void shrinkAfterHugeLine() {
    if (line.length > 1024 * 1024) {
      line = new byte[8 * 1024];
    }
  }
}
