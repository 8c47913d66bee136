package org.dragoman.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.dragoman.model.Article;

/**
 * What a search hit shows without a snippet (id, date as written, source, title, url), kept
 * together in the binary doc value {@link ArticleSchema#HIT}. A page of hits is then read from
 * small doc-value blocks; from the stored fields it would decompress each article's block of stored
 * texts, bodies included, which cost more than the rest of a simple search.
 *
 * <pre>{@code
 * doc.add(new BinaryDocValuesField(ArticleSchema.HIT, HitFields.of(article).encode()));
 * HitFields hit = HitFields.decode(binaryDocValues.binaryValue());
 * }</pre>
 *
 * @param id the article id
 * @param date the date as written ({@code 2019}, {@code 2019-06}, {@code 2019-06-30}), or null
 * @param source the source as written, or null
 * @param title the title, or null
 * @param url the url, or null
 */
public record HitFields(String id, String date, String source, String title, String url) {

  public HitFields {
    if (id == null) {
      throw new IllegalArgumentException("hit fields need an id, got null");
    }
  }

  /** The hit fields of {@code article}. */
  public static HitFields of(Article article) {
    return new HitFields(
        article.id(),
        article.date() == null ? null : article.date().toString(),
        article.source(),
        article.title(),
        article.url());
  }

  /** Each value as its UTF-8 length plus one (zero for null), then its bytes. */
  public BytesRef encode() {
    byte[][] values = {utf8(id), utf8(date), utf8(source), utf8(title), utf8(url)};
    int length = 0;
    for (byte[] value : values) {
      length += 5 + (value == null ? 0 : value.length);
    }
    byte[] buffer = new byte[length];
    int position = 0;
    for (byte[] value : values) {
      position = writeVInt(buffer, position, value == null ? 0 : value.length + 1);
      if (value != null) {
        System.arraycopy(value, 0, buffer, position, value.length);
        position += value.length;
      }
    }
    return new BytesRef(ArrayUtil.copyOfSubArray(buffer, 0, position));
  }

  /** Lucene's variable-length int, as {@link ByteArrayDataInput#readVInt()} reads it. */
  private static int writeVInt(byte[] buffer, int position, int value) {
    while ((value & ~0x7F) != 0) {
      buffer[position++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buffer[position++] = (byte) value;
    return position;
  }

  /** The hit fields encoded by {@link #encode()}. */
  public static HitFields decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    String id = string(in, bytes);
    return new HitFields(
        id, string(in, bytes), string(in, bytes), string(in, bytes), string(in, bytes));
  }

  /**
   * The id alone of hit fields encoded by {@link #encode()}, as UTF-8 bytes (a copy): what a sort
   * by id compares, read without decoding the other fields.
   */
  public static BytesRef idBytes(BytesRef encoded) {
    ByteArrayDataInput in = new ByteArrayDataInput(encoded.bytes, encoded.offset, encoded.length);
    int lengthPlusOne = in.readVInt();
    int start = in.getPosition();
    return new BytesRef(ArrayUtil.copyOfSubArray(encoded.bytes, start, start + lengthPlusOne - 1));
  }

  private static byte[] utf8(String value) {
    return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
  }

  private static String string(ByteArrayDataInput in, BytesRef bytes) {
    int lengthPlusOne = in.readVInt();
    if (lengthPlusOne == 0) {
      return null;
    }
    int start = in.getPosition();
    in.skipBytes(lengthPlusOne - 1);
    return new String(bytes.bytes, start, lengthPlusOne - 1, StandardCharsets.UTF_8);
  }
}
