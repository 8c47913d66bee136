package org.dragoman.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.dragoman.model.SortOrder;

/**
 * The opaque paging cursor: the sort values of a page's last hit, so the next page starts after it
 * ({@code IndexSearcher.searchAfter}) however deep it is. Encoded as URL-safe base64 of {@code
 * v1|ORDER|value|id}; a cursor is valid only for the order it was made in.
 */
final class Cursor {

  private static final String VERSION = "v1";

  private Cursor() {}

  /** The cursor after {@code last}, a hit sorted by {@link ResultOrder#of(SortOrder)}. */
  static String after(FieldDoc last, SortOrder order) {
    String value =
        switch (order) {
          case RELEVANCE -> Integer.toHexString(Float.floatToIntBits((Float) last.fields[0]));
          case NEWEST, OLDEST -> Long.toString((Long) last.fields[0]);
        };
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String text = String.join("|", VERSION, order.name(), value, id);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The place a cursor names.
   *
   * @throws IllegalArgumentException when {@code cursor} was not made by {@link #after} for this
   *     order
   */
  static FieldDoc parse(String cursor, SortOrder order) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed(cursor, "it is not base64", e);
    }
    String[] parts = text.split("\\|", 4);
    if (parts.length != 4 || !VERSION.equals(parts[0])) {
      throw malformed(cursor, "it is not a Dragoman cursor", null);
    }
    if (!order.name().equals(parts[1])) {
      throw malformed(cursor, "it was made for sort " + parts[1].toLowerCase(), null);
    }
    Object value;
    try {
      value =
          order == SortOrder.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16))
              : (Object) Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      throw malformed(cursor, "its sort value " + parts[2] + " is not a number", e);
    }
    // Doc id MAX_VALUE: ties on every sort value (the last hit itself) lie before the cursor.
    float score = value instanceof Float f ? f : Float.NaN;
    return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {value, new BytesRef(parts[3])});
  }

  private static IllegalArgumentException malformed(String cursor, String why, Throwable cause) {
    return new IllegalArgumentException(
        "cursor " + cursor + " is not valid for this search: " + why, cause);
  }
}
