package org.dragoman.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces each word with its transliteration keys (see {@link NameKeyer}): the primary key in
 * place, the variant keys either stacked at the same position ({@link Variants#STACKED}) or kept in
 * a {@link NameKeyVariantsAttribute} for a later {@link NameKeyVariantsFilter} ({@link
 * Variants#DEFERRED}, for chains with a {@code SynonymGraphFilter} in between, which cannot read
 * stacked tokens). Words without a letter or digit are removed. Offsets are left untouched, so a
 * key highlights the original spelling.
 *
 * <p>Expects words from {@link NameTokenizer} (any case).
 *
 * <pre>{@code
 * TokenStream keys = new NameKeyFilter(new NameTokenizer(), NameKeyFilter.Variants.STACKED);
 * // "Tokajew" -> tokajev, tokaev (stacked); "Токаева" -> tokaev, tokaeva (stacked)
 * }</pre>
 */
public final class NameKeyFilter extends TokenFilter {

  /** Token type of a primary key. */
  public static final String KEY_TYPE = "<NAME_KEY>";

  /** Token type of a stacked variant key. */
  public static final String VARIANT_TYPE = "<NAME_KEY_VARIANT>";

  /** Where the variant keys go. */
  public enum Variants {
    /** At the same position as the primary key, right after it. */
    STACKED,
    /** Into {@link NameKeyVariantsAttribute}, for a later {@link NameKeyVariantsFilter}. */
    DEFERRED
  }

  /** Longest all-capital word read as an acronym. */
  static final int MAX_ACRONYM = 5;

  /** First character of an acronym's letter key ({@link #acronymKey}); no sound key has it. */
  static final char ACRONYM_MARK = '=';

  private static final char[] NO_LETTERS = new char[0];

  private final NameKeyer keyer;
  private final NameKeyCache cache = new NameKeyCache();
  private final boolean stacked;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final NameKeyVariantsAttribute variantsAtt = addAttribute(NameKeyVariantsAttribute.class);

  private int pendingVariant; // next variant key to emit in stacked mode; 0 when none
  private char[] acronymLetters = NO_LETTERS; // deferred: the current word's acronymKey, if any
  private int entry; // cache entry of the current word, or -1: its keys are in the keyer
  private int keyCount;
  private int startOffset;
  private int endOffset;
  private int positionLength;

  public NameKeyFilter(TokenStream input, Variants variants) {
    super(input);
    this.stacked = variants == Variants.STACKED;
    this.keyer = new NameKeyer(!stacked); // deferred: a query chain
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingVariant > 0) {
      emitVariant();
      return true;
    }
    int skippedPositions = 0;
    while (input.incrementToken()) {
      lookUp(termAtt.buffer(), termAtt.length());
      if (keyCount == 0 || (!stacked && isInitial())) {
        // A one-letter word leaves no hole: a name's phrase in the alias list or a query
        // (Организация Договора коллективной безопасности) matches the text with its one-letter
        // words (о) left out. A query leaves initials out too: S. Rahmon also finds Emomali
        // Sharipovich Rahmon. Longer words without a key keep their place.
        if (termAtt.length() > 1) {
          skippedPositions += posIncAtt.getPositionIncrement();
        }
        continue;
      }
      if (skippedPositions > 0) {
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
      }
      setKey(0);
      typeAtt.setType(KEY_TYPE);
      variantsAtt.removeAll();
      if (stacked) {
        if (keyCount > 1) {
          pendingVariant = 1;
          startOffset = offsetAtt.startOffset();
          endOffset = offsetAtt.endOffset();
          positionLength = posLenAtt.getPositionLength();
        }
      } else {
        for (int i = 1; i < keyCount; i++) {
          if (entry >= 0) {
            variantsAtt.add(cache.chars(), cache.keyStart(entry, i), cache.keyLength(entry, i));
          } else {
            variantsAtt.add(keyer.keyBuffer(i), 0, keyer.keyLength(i));
          }
        }
        if (acronymLetters.length > 0) {
          // Last, where NameAliasKeyFilter looks for it; NameKeyVariantsFilter drops it.
          variantsAtt.add(acronymLetters, acronymLetters.length);
        }
      }
      return true;
    }
    return false;
  }

  /** Finds the keys of a word in the cache, or computes and remembers them. */
  private void lookUp(char[] word, int length) {
    acronymLetters = stacked ? NO_LETTERS : acronymKey(word, length);
    entry = cache.find(word, length);
    if (entry < 0) {
      keyer.analyze(word, length);
      entry = cache.put(word, length, keyer);
    }
    keyCount = entry >= 0 ? cache.keyCount(entry) : keyer.keyCount();
    if (keyCount > 1 && isAcronym(word, length)) {
      // An acronym is letters, not sounds: read CSTO under every convention and Hungarian "cs"
      // makes it Russian "что". Its primary key (and the alias list) is all it needs.
      keyCount = 1;
    }
  }

  /** Whether the current word is an initial: its only key is a letter and a period. */
  private boolean isInitial() {
    return keyCount == 1 && termAtt.length() == 1 && Character.isLetter(termAtt.charAt(0));
  }

  /** Two to {@value #MAX_ACRONYM} letters, all capitals: CSTO, ОДКБ, SCO, ШОС. */
  static boolean isAcronym(char[] word, int length) {
    if (length < 2 || length > MAX_ACRONYM) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!Character.isUpperCase(word[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The key by which an alias list matches a word written as an acronym: {@value #ACRONYM_MARK} and
   * its letters in lower case, for its letters are what an acronym is (CSI is no Xi, EU no EEU,
   * whatever their sounds). An empty array for a word that cannot be an acronym: an acronym has two
   * to {@value #MAX_ACRONYM} letters, all capitals (UN, CSTO, ОДКБ), all small (un, csto: a query
   * typed in lower case) or, from four letters on, a capital and small ones (Nato, as some styles
   * write acronyms that are said as words). A shorter word written like a name (Xi, Un, Hu) is a
   * name.
   */
  static char[] acronymKey(char[] word, int length) {
    if (length < 2 || length > MAX_ACRONYM) {
      return NO_LETTERS;
    }
    int capitals = 0;
    for (int i = 0; i < length; i++) {
      if (!Character.isLetter(word[i])) {
        return NO_LETTERS;
      }
      if (Character.isUpperCase(word[i])) {
        capitals++;
      }
    }
    boolean asName = capitals == 1 && Character.isUpperCase(word[0]);
    if (!(capitals == length || capitals == 0 || (asName && length >= 4))) {
      return NO_LETTERS;
    }
    char[] key = new char[length + 1];
    key[0] = ACRONYM_MARK;
    for (int i = 0; i < length; i++) {
      key[i + 1] = Character.toLowerCase(word[i]);
    }
    return key;
  }

  /** Whether {@code key} is an {@link #acronymKey} rather than a key of sounds. */
  static boolean isAcronymKey(char[] key, int length) {
    return length > 0 && key[0] == ACRONYM_MARK;
  }

  /** Puts key {@code i} of the current word into the term. */
  private void setKey(int i) {
    if (entry >= 0) {
      termAtt.copyBuffer(cache.chars(), cache.keyStart(entry, i), cache.keyLength(entry, i));
    } else {
      termAtt.copyBuffer(keyer.keyBuffer(i), 0, keyer.keyLength(i));
    }
  }

  private void emitVariant() {
    clearAttributes();
    setKey(pendingVariant);
    offsetAtt.setOffset(startOffset, endOffset);
    posIncAtt.setPositionIncrement(0);
    posLenAtt.setPositionLength(positionLength);
    typeAtt.setType(VARIANT_TYPE);
    pendingVariant++;
    if (pendingVariant == keyCount) {
      pendingVariant = 0;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingVariant = 0;
  }
}
