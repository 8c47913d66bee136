package org.dragoman.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-key cache answers exactly what the keyer computes, also after it fills up. */
class NameKeyCacheTest {

  private static List<String> keysIn(NameKeyCache cache, int entry) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < cache.keyCount(entry); i++) {
      keys.add(new String(cache.chars(), cache.keyStart(entry, i), cache.keyLength(entry, i)));
    }
    return keys;
  }

  private static int lookUp(NameKeyCache cache, NameKeyer keyer, String word) {
    char[] chars = word.toCharArray();
    int entry = cache.find(chars, chars.length);
    if (entry < 0) {
      keyer.analyze(chars, chars.length);
      entry = cache.put(chars, chars.length, keyer);
    }
    return entry;
  }

  @Test
  void rememberedKeysEqualComputedKeys() {
    NameKeyCache cache = new NameKeyCache();
    NameKeyer keyer = new NameKeyer();
    for (String word : List.of("Токаева", "Tokajew", "Oʻzbekiston", "К", "2024", "Назарбаеву")) {
      int first = lookUp(cache, keyer, word);
      char[] chars = word.toCharArray();
      assertThat(cache.find(chars, chars.length)).isEqualTo(first);
      assertThat(keysIn(cache, first)).isEqualTo(NameKeyer.keysOf(word));
    }
  }

  @Test
  void staysCorrectWhenItFillsUpAndStartsOver() {
    NameKeyCache cache = new NameKeyCache();
    NameKeyer keyer = new NameKeyer();
    Random random = new Random(42);
    String letters = "абвгдежзийклмнопрстуфхцчшщыэюяқңғүұөәіһabcdefghijklmnopqrstuvwxyz";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder word = new StringBuilder();
      int length = 2 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      String w = word.toString();
      assertThat(keysIn(cache, lookUp(cache, keyer, w))).as(w).isEqualTo(NameKeyer.keysOf(w));
    }
  }

  @Test
  void doesNotRememberVeryLongWords() {
    NameKeyCache cache = new NameKeyCache();
    NameKeyer keyer = new NameKeyer();
    char[] longWord = "a".repeat(NameKeyCache.MAX_WORD_LENGTH + 1).toCharArray();
    keyer.analyze(longWord, longWord.length);
    assertThat(cache.put(longWord, longWord.length, keyer)).isEqualTo(-1);
    assertThat(cache.find(longWord, longWord.length)).isEqualTo(-1);
  }
}
