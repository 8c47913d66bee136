package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class HitFieldsTest {

  @Test
  void decodesWhatItEncodedWithMissingValuesAndAnyScript() {
    HitFields full =
        new HitFields(
            "kazinform-1", "2024-08-22", "Казинформ", "Токаев и Рахмон 🤝", "https://x.kz/a?b=c");
    HitFields sparse = new HitFields("ungdc-2019-KAZ", "2019", null, "", null);

    assertThat(HitFields.decode(full.encode())).isEqualTo(full);
    assertThat(HitFields.decode(sparse.encode())).isEqualTo(sparse);
  }

  @Test
  void decodesFromTheMiddleOfALargerBuffer() {
    HitFields hit = new HitFields("id", null, "Kremlin", "Title", null);
    BytesRef encoded = hit.encode();
    byte[] padded = new byte[encoded.length + 7];
    System.arraycopy(encoded.bytes, encoded.offset, padded, 3, encoded.length);

    assertThat(HitFields.decode(new BytesRef(padded, 3, encoded.length))).isEqualTo(hit);
  }

  @Test
  void readsTheIdAloneAsUtf8() {
    HitFields hit = new HitFields("Тоқаев-1", "2024", "Kazinform", "Title", "http://x");
    BytesRef encoded = hit.encode();
    byte[] padded = new byte[encoded.length + 5];
    System.arraycopy(encoded.bytes, encoded.offset, padded, 2, encoded.length);

    assertThat(HitFields.idBytes(new BytesRef(padded, 2, encoded.length)))
        .isEqualTo(new BytesRef("Тоқаев-1"));
  }

  @Test
  void aHitNeedsAnId() {
    assertThatThrownBy(() -> new HitFields(null, "2019", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hit fields need an id, got null");
  }
}
