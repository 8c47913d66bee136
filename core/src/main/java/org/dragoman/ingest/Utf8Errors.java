package org.dragoman.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Finds and describes the first malformed UTF-8 sequence, for messages that point at it. */
final class Utf8Errors {
  private Utf8Errors() {}

  /** Index in {@code bytes} of the first malformed sequence, or -1 when all is well formed. */
  static int malformedAt(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      decoder.decode(in);
      return -1;
    } catch (CharacterCodingException e) {
      // A failed decode leaves the buffer at the malformed sequence.
      return in.position();
    }
  }

  /**
   * "invalid UTF-8 at byte 17 of the line (bytes C3 28)".
   *
   * @param at the index of the malformed sequence in {@code bytes}
   * @param from the index of the line's or file's first byte
   * @param end the end of the checked range in {@code bytes}
   * @param unit "line" or "file"
   */
  static String describe(byte[] bytes, int at, int from, int end, String unit) {
    StringBuilder hex = new StringBuilder();
    for (int i = at; i < Math.min(at + 4, end); i++) {
      hex.append(String.format(" %02X", bytes[i] & 0xff));
    }
    return "invalid UTF-8 at byte " + (at - from + 1) + " of the " + unit + " (bytes" + hex + ")";
  }
}
