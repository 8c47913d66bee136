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

  private final int[] slots = new int[SLOTS]; // entry + 1; 0 is empty
  private final int[] hashes = new int[ENTRIES];
  private final int[] wordStarts = new int[ENTRIES];
  private final int[] wordLengths = new int[ENTRIES];
  private final int[] keyCounts = new int[ENTRIES];
  private final int[] keyStarts = new int[ENTRIES]; // where the entry's first key starts

  /**
   * Per entry, {@link NameKeyer#MAX_KEYS} pairs of (start relative to the entry's first key,
   * length).
   */
  private final short[] keySpans = new short[ENTRIES * NameKeyer.MAX_KEYS * 2];

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
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == hash && wordLengths[entry] == length && sameWord(entry, word, length)) {
        return entry;
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
    int needed = length;
    for (int i = 0; i < keyer.keyCount(); i++) {
      needed += keyer.keyLength(i);
    }
    if (entries == ENTRIES || used + needed > chars.length) {
      clear();
      if (needed > chars.length) {
        chars = new char[needed * 2];
      }
    }
    int entry = entries++;
    int hash = hash(word, length);
    hashes[entry] = hash;
    wordStarts[entry] = used;
    wordLengths[entry] = length;
    System.arraycopy(word, 0, chars, used, length);
    used += length;
    int count = keyer.keyCount();
    keyCounts[entry] = count;
    int span = entry * NameKeyer.MAX_KEYS * 2;
    int first = used;
    keyStarts[entry] = first;
    for (int i = 0; i < count; i++) {
      int keyLength = keyer.keyLength(i);
      System.arraycopy(keyer.keyBuffer(i), 0, chars, used, keyLength);
      keySpans[span + 2 * i] = (short) (used - first);
      keySpans[span + 2 * i + 1] = (short) keyLength;
      used += keyLength;
    }
    int slot = hash & MASK;
    while (slots[slot] != 0) {
      slot = (slot + 1) & MASK;
    }
    slots[slot] = entry + 1;
    return entry;
  }

  /** The pool holding every remembered key; valid until the next {@link #put}. */
  char[] chars() {
    return chars;
  }

  int keyCount(int entry) {
    return keyCounts[entry];
  }

  int keyStart(int entry, int key) {
    return keyStarts[entry] + keySpans[(entry * NameKeyer.MAX_KEYS + key) * 2];
  }

  int keyLength(int entry, int key) {
    return keySpans[(entry * NameKeyer.MAX_KEYS + key) * 2 + 1];
  }

  /** Forgets every entry. */
  void clear() {
    Arrays.fill(slots, 0);
    entries = 0;
    used = 0;
  }

  private boolean sameWord(int entry, char[] word, int length) {
    int start = wordStarts[entry];
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
