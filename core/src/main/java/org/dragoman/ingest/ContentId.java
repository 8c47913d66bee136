package org.dragoman.ingest;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.dragoman.model.ArticleDate;

/**
 * Stable ids for articles that come without one, derived from their content, so re-reading the same
 * article gives the same id and re-indexing replaces it instead of duplicating it.
 *
 * <pre>{@code
 * String id = ContentId.of("Kazinform", ArticleDate.parse("2024-08-22"), title, body);
 * // "c2a0...": 20 hex digits, the same on every run and every machine
 * }</pre>
 */
public final class ContentId {

  /** Hex digits kept from the SHA-256: 80 bits, so collisions are negligible below billions. */
  public static final int LENGTH = 20;

  private ContentId() {}

  /**
   * The id of an article with these fields. Text is compared after Unicode NFC normalisation and
   * whitespace collapsing, and the source case-insensitively, so cosmetic differences do not change
   * the id.
   */
  public static String of(String source, ArticleDate date, String title, String body) {
    Hasher hasher = Hashing.sha256().newHasher();
    putField(hasher, source == null ? "" : normalize(source).toLowerCase(Locale.ROOT));
    putField(hasher, date == null ? "" : date.toString());
    putField(hasher, normalize(title));
    putField(hasher, normalize(body));
    return hasher.hash().toString().substring(0, LENGTH);
  }

  // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
  private static void putField(Hasher hasher, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    hasher.putInt(bytes.length).putBytes(bytes);
  }

  private static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }
}
