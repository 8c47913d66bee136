package org.dragoman.analysis;

import java.util.Arrays;

/**
 * A bounded memo from words to their transliteration keys, for one token stream.
 *
 * <p>Word frequencies in text are Zipfian: a few thousand distinct words make up most tokens of an
 * article stream, so remembering their keys makes the key computation nearly free for repeated
 * words. The table uses open addressing over the word's characters and stores words and keys in
 * flat arrays, so a lookup allocates nothing; when it is full it is emptied and refilled by the
 * words that come next, which keeps memory bounded and favours the current text's vocabulary.
 *
 * <pre>{@code
 * NameKeyCache cache = new NameKeyCache();
 * int entry = cache.find(word, length);
 * if (entry < 0) {
 *   keyer.analyze(word, length);
 *   entry = cache.put(word, length, keyer);
 * }
 * // cache.keyCount(entry), cache.chars(), cache.keyStart(entry, i), cache.keyLength(entry, i)
 * }</pre>
 *
 * <p>Not thread-safe: one instance per token stream, like {@link NameKeyer}.
 */
final class NameKeyCache {

  /** Words longer than this are rare and not remembered. */
  static final int MAX_WORD_LENGTH = 40;

  private static final int ENTRIES = 16384;
  private static final int SLOTS = ENTRIES * 2; // load factor at most 1/2
  private static final int MASK = SLOTS - 1;
  private static final int POOL_CHARS = ENTRIES * 32;

  /*
   * Layout, chosen so that a hit touches two places in memory (its slot, then its entry) instead
   * of one array per field: a slot holds the word's hash in its high half and its entry + 1 in its
   * low half (0 is empty), so probing compares hashes without leaving the slot array. An entry is
   * the position in the pool where its word length, key count, word and keys lie side by side:
   * [word length][key count][word ...][key 0 length][key 0 ...][key 1 length][key 1 ...] ...
   */
  private final long[] slots = new long[SLOTS];

  private char[] chars = new char[POOL_CHARS];
  private int used; // chars used in the pool
  private int entries;

  /** The entry remembered for {@code word[0..length)}, or -1. */
  int find(char[] word, int length) {
    if (length > MAX_WORD_LENGTH) {
      return -1;
    }
    int hash = hash(word, length);
    int slot = hash & MASK;
    while (true) {
      long value = slots[slot];
      if (value == 0) {
        return -1;
      }
      if ((int) (value >>> 32) == hash) {
        int entry = (int) value - 1;
        if (chars[entry] == length && sameWord(entry + 2, word, length)) {
          return entry;
        }
      }
      slot = (slot + 1) & MASK;
    }
  }

  /**
   * Remembers the keys {@code keyer} computed for {@code word[0..length)}; returns the entry, or -1
   * when the word is too long to be remembered. May forget every earlier entry.
   */
  int put(char[] word, int length, NameKeyer keyer) {
    if (length > MAX_WORD_LENGTH) {
      return -1;
    }
    int count = keyer.keyCount();
    int needed = 2 + length + count;
    for (int i = 0; i < count; i++) {
      needed += keyer.keyLength(i);
    }
    if (entries == ENTRIES || used + needed > chars.length) {
      clear();
      if (needed > chars.length) {
        chars = new char[needed * 2];
      }
    }
    entries++;
    int entry = used;
    chars[used++] = (char) length;
    chars[used++] = (char) count;
    System.arraycopy(word, 0, chars, used, length);
    used += length;
    for (int i = 0; i < count; i++) {
      int keyLength = keyer.keyLength(i);
      chars[used++] = (char) keyLength; // keys are far shorter than 65,536 characters
      System.arraycopy(keyer.keyBuffer(i), 0, chars, used, keyLength);
      used += keyLength;
    }
    int hash = hash(word, length);
    int slot = hash & MASK;
    while (slots[slot] != 0) {
      slot = (slot + 1) & MASK;
    }
    slots[slot] = ((long) hash << 32) | (entry + 1L);
    return entry;
  }

  /** The pool holding every remembered key; valid until the next {@link #put}. */
  char[] chars() {
    return chars;
  }

  int keyCount(int entry) {
    return chars[entry + 1];
  }

  int keyStart(int entry, int key) {
    return keyLengthAt(entry, key) + 1;
  }

  int keyLength(int entry, int key) {
    return chars[keyLengthAt(entry, key)];
  }

  /** Where the length of key {@code key} of {@code entry} lies in the pool. */
  private int keyLengthAt(int entry, int key) {
    int at = entry + 2 + chars[entry];
    for (int i = 0; i < key; i++) {
      at += 1 + chars[at];
    }
    return at;
  }

  /** Forgets every entry. */
  void clear() {
    Arrays.fill(slots, 0);
    entries = 0;
    used = 0;
  }

  private boolean sameWord(int start, char[] word, int length) {
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != word[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] word, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + word[i];
    }
    h *= 0x9E3779B9; // spread short words over the whole table
    return h ^ (h >>> 16);
  }
}
