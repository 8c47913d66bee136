package org.dragoman.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps the words of an English text that can be part of a name, for the name fields: English
 * capitalizes names, so a word written in lower case ({@code nuclear}, {@code talks}) is found by
 * the English field as spelled and its spelling keys would only repeat it. Kept are:
 *
 * <ul>
 *   <li>every word that is not an English word in lower case: capitalized ({@code Tokayev}, {@code
 *       NATO}, {@code iPhone}), starting with a digit ({@code 2030}), or with letters beyond ASCII
 *       ({@code indépendants}, {@code безопасности}, {@code 習近平}: foreign names);
 *   <li>a lower-case word with such a word at most {@value #MAX_BRIDGE} positions before it and
 *       another at most {@value #MAX_BRIDGE} after it, so that names with particles and
 *       organisations stay whole phrases: {@code Republic of Kazakhstan}, {@code Mohammed bin
 *       Salman}, {@code Organisation de coopération de Shanghai}, {@code Bashar al-Assad};
 *   <li>a lower-case word right after a foreign word in lower case, which it most often ends
 *       ({@code sécurité collective}).
 * </ul>
 *
 * <p>A dropped word leaves its position empty, so phrases keep their distances (a one-letter word
 * leaves none, as in {@link NameKeyFilter}). Why: in English news most words are in lower case, and
 * keying them (every spelling variant stacked) took a quarter of the time of indexing an article,
 * for terms whose documents the English field already finds. Texts in other languages keep every
 * word: Russian and Kazakh write adjectives of names ({@code казахстанский}) and language names
 * ({@code qazaq tili}) in lower case. What an English text loses: a foreign name written in
 * lower-case ASCII letters after its last capitalized word ({@code Kollektiv xavfsizlik shartnomasi
 * tashkiloti}).
 *
 * <pre>{@code
 * Tokenizer words = new NameTokenizer();
 * TokenStream keys = NameAnalyzer.keys(new EnglishNameWordsFilter(words), NameAliases.none());
 * // "talks with the Republic of Kazakhstan" -> republik, of, kasahstan (with gaps before)
 * }</pre>
 *
 * <p>Reads the attributes a {@link NameTokenizer} sets (term, offsets, type, position increment and
 * length) and carries those.
 */
public final class EnglishNameWordsFilter extends TokenFilter {

  /** How far, in positions, a lower-case word may be from the name words around it and be kept. */
  public static final int MAX_BRIDGE = 3;

  private static final int NONE = Integer.MIN_VALUE / 2;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  /** Words read but not yet emitted or dropped: a lower-case word waiting for what follows it. */
  private final ArrayDeque<Word> pending = new ArrayDeque<>();

  private final ArrayDeque<Word> recycled = new ArrayDeque<>();

  private int position;
  private int lastNameWord;
  private int lastForeignWord;
  private int skippedPositions;
  private boolean exhausted;

  // The word last read from the input, set by read().
  private boolean readLowerCase;
  private int readPreviousNameWord;
  private int readPreviousForeignWord;

  public EnglishNameWordsFilter(TokenStream words) {
    super(words);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (true) {
      Word head = pending.peekFirst();
      if (head == null) {
        // Nothing waits: most words are decided as they are read, without being copied.
        if (!read()) {
          return false;
        }
        Boolean keep =
            decideAlone(readLowerCase, position, readPreviousNameWord, readPreviousForeignWord);
        if (keep == null) {
          pending.addLast(saveCurrent());
        } else if (keep) {
          emitCurrent();
          return true;
        } else {
          skip(posIncAtt.getPositionIncrement(), termAtt.length());
        }
        continue;
      }
      Boolean keep = decide(head);
      if (keep == null) {
        if (read()) {
          pending.addLast(saveCurrent());
          continue;
        }
        keep = false; // the text ended before another name word
      }
      pending.removeFirst();
      if (keep) {
        head.restoreInto(this);
        recycled.addLast(head);
        return true;
      }
      skip(head.positionIncrement, head.length);
      recycled.addLast(head);
    }
  }

  /**
   * What the words before a word decide: kept when it is no lower-case English word or ends a
   * foreign name, dropped when no name word is close enough before it; null when it depends on the
   * words after it.
   */
  private static Boolean decideAlone(
      boolean lowerCase, int position, int previousNameWord, int previousForeignWord) {
    if (!lowerCase || position - previousForeignWord == 1) {
      return true;
    }
    return position - previousNameWord > MAX_BRIDGE ? false : null;
  }

  /** Whether the waiting word {@code head} is kept; null when the words after it are not read. */
  private Boolean decide(Word head) {
    Boolean alone =
        decideAlone(head.lowerCase, head.position, head.previousNameWord, head.previousForeignWord);
    if (alone != null) {
      return alone;
    }
    for (Word next : pending) {
      if (next.position > head.position + MAX_BRIDGE) {
        return false;
      }
      if (next.position > head.position && !next.lowerCase) {
        return true;
      }
    }
    return exhausted ? false : null;
  }

  /** Reads the next word and notes where it stands; false at the end of the text. */
  private boolean read() throws IOException {
    if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    position += posIncAtt.getPositionIncrement();
    readPreviousNameWord = lastNameWord;
    readPreviousForeignWord = lastForeignWord;
    readLowerCase = isLowerCase(termAtt);
    if (!readLowerCase) {
      lastNameWord = position;
      if (isForeignLowerCase(termAtt)) {
        lastForeignWord = position;
      }
    }
    return true;
  }

  /**
   * Drops a word. A one-letter word ({@code a}) leaves no hole, as {@link NameKeyFilter} drops it
   * in any text: a name's phrase reads the same with or without it.
   */
  private void skip(int positionIncrement, int length) {
    if (length > 1) {
      skippedPositions += positionIncrement;
    }
  }

  private void emitCurrent() {
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    skippedPositions = 0;
  }

  /** The word last read, held back. */
  private Word saveCurrent() {
    Word word = recycled.isEmpty() ? new Word() : recycled.removeFirst();
    word.save(this);
    return word;
  }

  /**
   * Whether a word can be an English word in lower case: its first character is a lower-case
   * letter, none is upper case, and all are ASCII (or the typographic apostrophe of {@code don’t}).
   * Lower-case words with other letters ({@code indépendants}, {@code безопасности}, {@code
   * qazaqşa}) are foreign names or parts of them, rare in English text and kept.
   */
  static boolean isLowerCase(CharTermAttribute word) {
    int length = word.length();
    char[] chars = word.buffer();
    if (length == 0 || chars[0] < 'a' || chars[0] > 'z') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = chars[i];
      if (c >= 128 ? c != '\u2019' : (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word is a foreign word in lower case: its first letter is lower case, none is upper
   * case, and it has letters beyond ASCII ({@code sécurité}, {@code безопасности}). The lower-case
   * word right after it is kept too: it most often ends the same foreign name ({@code Organisation
   * du traité de sécurité collective}).
   */
  static boolean isForeignLowerCase(CharTermAttribute word) {
    int length = word.length();
    char[] chars = word.buffer();
    if (length == 0 || !Character.isLowerCase(chars[0])) {
      return false;
    }
    boolean beyondAscii = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (Character.isUpperCase(c)) {
        return false;
      }
      beyondAscii |= c >= 128 && c != '\u2019';
    }
    return beyondAscii;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    recycled.addAll(pending);
    pending.clear();
    position = -1;
    lastNameWord = NONE;
    lastForeignWord = NONE;
    skippedPositions = 0;
    exhausted = false;
  }

  /** A word held back, with the attributes a {@link NameTokenizer} sets. */
  private static final class Word {
    char[] chars = new char[16];
    int length;
    int startOffset;
    int endOffset;
    String type;
    int positionIncrement;
    int positionLength;
    int position;
    int previousNameWord;
    int previousForeignWord;
    boolean lowerCase;

    void save(EnglishNameWordsFilter from) {
      length = from.termAtt.length();
      if (chars.length < length) {
        chars = new char[length + 16];
      }
      System.arraycopy(from.termAtt.buffer(), 0, chars, 0, length);
      startOffset = from.offsetAtt.startOffset();
      endOffset = from.offsetAtt.endOffset();
      type = from.typeAtt.type();
      positionIncrement = from.posIncAtt.getPositionIncrement();
      positionLength = from.posLenAtt.getPositionLength();
      position = from.position;
      previousNameWord = from.readPreviousNameWord;
      previousForeignWord = from.readPreviousForeignWord;
      lowerCase = from.readLowerCase;
    }

    void restoreInto(EnglishNameWordsFilter to) {
      to.clearAttributes();
      to.termAtt.copyBuffer(chars, 0, length);
      to.offsetAtt.setOffset(startOffset, endOffset);
      to.typeAtt.setType(type);
      to.posIncAtt.setPositionIncrement(positionIncrement + to.skippedPositions);
      to.skippedPositions = 0;
      to.posLenAtt.setPositionLength(positionLength);
    }
  }
}
