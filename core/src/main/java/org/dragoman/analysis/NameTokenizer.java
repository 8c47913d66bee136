package org.dragoman.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits text into words the way names are written in the region's news, in any script.
 *
 * <p>A word is a run of letters, digits and combining marks, with two kinds of joiner kept inside
 * it: an apostrophe between two letters (Uzbek {@code Oʻzbekiston}, {@code O'zbekiston}, {@code
 * Farg`ona}, and English possessives) and a period or comma between two digits ({@code 3.5}).
 * Everything else separates words, unlike {@code StandardTokenizer}: hyphens ({@code Ak-Orda} ->
 * {@code Ak}, {@code Orda}) and periods between letters, so that initials glued to a surname come
 * apart ({@code К.Токаев} -> {@code К}, {@code Токаев}).
 *
 * <pre>{@code
 * Tokenizer tokenizer = new NameTokenizer();
 * tokenizer.setReader(new StringReader("К.Токаев met R.Meredov in Oʻzbekiston"));
 * // К, Токаев, met, R, Meredov, in, Oʻzbekiston
 * }</pre>
 *
 * <p>A hyphenated compound whose first part is a short word of up to {@value #MAX_JOINED_PREFIX}
 * letters (Turkic {@code Ak-Orda}, {@code Kok-Tobe}, {@code Kara-Balta}, {@code Ust-Kamenogorsk})
 * is also emitted joined, because such names are written joined just as often ({@code Akorda}):
 * first {@code AkOrda} with the offsets of the whole compound and a position length of 2, then
 * {@code Ak} at the same position and {@code Orda} at the next. Longer first parts are names of
 * their own and stay apart from the joined spelling ({@code Jalal-Abad} in Kyrgyzstan, {@code
 * Jalalabad} in Afghanistan); words separated by a space are never joined ({@code Ak Orda}, the
 * White Horde, is not {@code Akorda}). Query analyzers turn joining off ({@link
 * #NameTokenizer(AttributeFactory, boolean)}): the query parser asks for the joined form itself.
 *
 * <p>Words longer than {@value #MAX_WORD_LENGTH} characters are cut into pieces of that length.
 * Offsets are those of the original text (after any char filter's correction).
 */
public final class NameTokenizer extends Tokenizer {

  /** The longest word emitted in one piece. */
  public static final int MAX_WORD_LENGTH = 255;

  /** Type of a word containing a letter. */
  public static final String WORD_TYPE = "<ALPHANUM>";

  /** Type of a word made of digits only. */
  public static final String NUMBER_TYPE = "<NUM>";

  /** The longest first part, in letters, of a hyphenated compound that is also emitted joined. */
  public static final int MAX_JOINED_PREFIX = 4;

  private static final int IO_BUFFER_SIZE = 4096;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private final char[] ioBuffer = new char[IO_BUFFER_SIZE];
  private int bufferStart; // offset of ioBuffer[0] in the input
  private int bufferIndex;
  private int dataLength;
  private int finalOffset;
  private boolean exhausted;

  private final boolean joinsCompounds;
  private boolean hyphenBeforeLetter; // set by readWord: the word ended at a hyphen and a letter
  private int wordEnd; // set by readWord: input position after the word
  private final SavedWord firstPart = new SavedWord();
  private final SavedWord secondPart = new SavedWord();
  private int pendingParts; // parts of a joined compound still to emit: 2, 1 or 0

  /** A tokenizer that also emits short hyphenated compounds joined. */
  public NameTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, true);
  }

  public NameTokenizer(AttributeFactory factory) {
    this(factory, true);
  }

  /**
   * @param joinsCompounds whether {@code Ak-Orda} is also emitted as {@code AkOrda} (index time;
   *     query analyzers pass false: a compound's graph is not for synonym filters to read)
   */
  public NameTokenizer(AttributeFactory factory, boolean joinsCompounds) {
    super(factory);
    this.joinsCompounds = joinsCompounds;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingParts > 0) {
      (pendingParts == 2 ? firstPart : secondPart).restore(pendingParts == 2 ? 0 : 1);
      pendingParts--;
      return true;
    }
    if (!readWord()) {
      return false;
    }
    if (!joinsCompounds || !hyphenBeforeLetter || !isShortWord()) {
      return true;
    }
    firstPart.save();
    int hyphenEnd = wordEnd + 1;
    if (!readWord()) {
      firstPart.restore(1);
      return true;
    }
    secondPart.save();
    if (secondPart.start != hyphenEnd || secondPart.length < 2 || !secondPart.isLetters()) {
      firstPart.restore(1);
      pendingParts = 1; // the second word as it is
      return true;
    }
    clearAttributes();
    termAtt.copyBuffer(firstPart.chars, 0, firstPart.length);
    termAtt.append(new String(secondPart.chars, 0, secondPart.length));
    offsetAtt.setOffset(firstPart.startOffset, secondPart.endOffset);
    typeAtt.setType(WORD_TYPE);
    posLenAtt.setPositionLength(2);
    pendingParts = 2;
    return true;
  }

  /** Whether the current word is 1 to {@value #MAX_JOINED_PREFIX} letters, nothing else. */
  private boolean isShortWord() {
    return termAtt.length() <= MAX_JOINED_PREFIX && isLetters(termAtt.buffer(), termAtt.length());
  }

  private static boolean isLetters(char[] word, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isLetter(word[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * The text with its first hyphen removed when it starts with a short compound ({@code Ak-Orda} ->
   * {@code AkOrda}, the joined form this tokenizer also emits); null otherwise. For query parsers.
   */
  public static String joinedCompound(String text) {
    int hyphen = 0;
    while (hyphen < text.length() && !isHyphen(text.charAt(hyphen))) {
      hyphen++;
    }
    if (hyphen == 0
        || hyphen > MAX_JOINED_PREFIX
        || hyphen + 1 >= text.length()
        || !isLetters(text.substring(0, hyphen).toCharArray(), hyphen)
        || !Character.isLetter(text.charAt(hyphen + 1))) {
      return null;
    }
    return text.substring(0, hyphen) + text.substring(hyphen + 1);
  }

  /** One part of a compound, kept while the joined form is emitted first. */
  private final class SavedWord {
    char[] chars = new char[16];
    int length;
    int start; // input position, for adjacency
    int startOffset;
    int endOffset;
    String type;

    void save() {
      length = termAtt.length();
      if (chars.length < length) {
        chars = new char[length + 16];
      }
      System.arraycopy(termAtt.buffer(), 0, chars, 0, length);
      start = wordEnd - length; // BMP words: the usual case; otherwise adjacency just fails
      startOffset = offsetAtt.startOffset();
      endOffset = offsetAtt.endOffset();
      type = typeAtt.type();
    }

    boolean isLetters() {
      return NameTokenizer.isLetters(chars, length);
    }

    void restore(int positionIncrement) {
      clearAttributes();
      termAtt.copyBuffer(chars, 0, length);
      offsetAtt.setOffset(startOffset, endOffset);
      typeAtt.setType(type);
      posIncAtt.setPositionIncrement(positionIncrement);
    }
  }

  /** Reads the next word into the attributes; false at the end of the input. */
  private boolean readWord() throws IOException {
    clearAttributes();
    hyphenBeforeLetter = false;
    char[] term = termAtt.buffer();
    int length = 0;
    int start = -1;
    int end = -1;
    boolean letters = false;
    int previous = 0; // last code point of the word so far
    while (true) {
      if (bufferIndex < dataLength - 1) {
        // Fast path for the common case, a word character of the Basic Multilingual Plane with
        // the next character already read; surrogates are no word characters in the table, so
        // they and every other character take the general path below.
        char ch = ioBuffer[bufferIndex];
        byte classes = CHAR_CLASSES[ch];
        if ((classes & WORD_CHAR) != 0) {
          if (length == 0) {
            start = position();
          }
          if (length + 2 > term.length) {
            term = termAtt.resizeBuffer(length + 2);
          }
          term[length++] = ch;
          letters |= (classes & DIGIT) == 0;
          previous = ch;
          bufferIndex++;
          end = position();
          if (length >= MAX_WORD_LENGTH) {
            break;
          }
          continue;
        }
      }
      int c = peek();
      if (c < 0) {
        break;
      }
      int size = Character.charCount(c);
      if (isWordChar(c)) {
        if (length == 0) {
          start = position();
        }
        if (length + 2 > term.length) {
          term = termAtt.resizeBuffer(length + 2);
        }
        if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
          term[length++] = (char) c;
          letters |= (CHAR_CLASSES[c] & DIGIT) == 0;
        } else {
          length += Character.toChars(c, term, length);
          letters = true;
        }
        previous = c;
        advance(size);
        end = position();
        if (length >= MAX_WORD_LENGTH) {
          break;
        }
      } else if (length > 0 && isInvisible(c)) {
        // Zero-width spaces and joiners, word joiners, soft hyphens and stray byte order marks
        // inside a word are invisible to readers: "To\u200Bkayev" is Tokayev.
        advance(size);
      } else if (length > 0 && isJoiner(previous, c)) {
        // keep the joiner only if a matching character follows it
        advance(size);
        int after = peek();
        if (after >= 0 && joins(previous, c, after)) {
          if (length + 3 > term.length) {
            term = termAtt.resizeBuffer(length + 3);
          }
          length += Character.toChars(c, term, length);
          previous = c;
          continue;
        }
        break;
      } else {
        advance(size);
        if (length > 0) {
          hyphenBeforeLetter = joinsCompounds && isHyphen(c) && Character.isLetter(peek());
          break;
        }
      }
    }
    if (length == 0) {
      finalOffset = correctOffset(position());
      return false;
    }
    termAtt.setLength(length);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(letters ? WORD_TYPE : NUMBER_TYPE);
    wordEnd = end;
    return true;
  }

  private static final byte WORD_CHAR = 1;
  private static final byte DIGIT = 2;

  /**
   * {@link #isWordChar} and {@link Character#isDigit} precomputed for every character of the Basic
   * Multilingual Plane (64 KB): the JDK's lookups for characters beyond Latin-1 cost more than the
   * rest of the tokenizer's work on Cyrillic text.
   */
  private static final byte[] CHAR_CLASSES = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT];

  static {
    for (int c = 0; c < CHAR_CLASSES.length; c++) {
      CHAR_CLASSES[c] =
          (byte) ((computeIsWordChar(c) ? WORD_CHAR : 0) | (Character.isDigit(c) ? DIGIT : 0));
    }
  }

  private static boolean isWordChar(int c) {
    return c < CHAR_CLASSES.length ? (CHAR_CLASSES[c] & WORD_CHAR) != 0 : computeIsWordChar(c);
  }

  private static boolean computeIsWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isInvisible(int c) {
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '`' || c == '’' || c == '‘' || c == '´' || c == 'ʹ';
  }

  private static boolean isJoiner(int previous, int c) {
    return isApostrophe(c) || ((c == '.' || c == ',') && Character.isDigit(previous));
  }

  private static boolean joins(int previous, int joiner, int after) {
    if (isApostrophe(joiner)) {
      return Character.isLetter(previous) && Character.isLetter(after);
    }
    return Character.isDigit(after);
  }

  /** The next code point without consuming it, or -1 at the end of the input. */
  private int peek() throws IOException {
    if (bufferIndex >= dataLength - 1 && !exhausted) {
      refill();
    }
    if (bufferIndex >= dataLength) {
      return -1;
    }
    char c = ioBuffer[bufferIndex];
    return Character.isHighSurrogate(c)
        ? Character.codePointAt(ioBuffer, bufferIndex, dataLength)
        : c;
  }

  private void advance(int chars) {
    bufferIndex += chars;
  }

  private int position() {
    return bufferStart + bufferIndex;
  }

  /** Moves the unread tail to the front and reads more, keeping surrogate pairs whole. */
  private void refill() throws IOException {
    int remaining = dataLength - bufferIndex;
    System.arraycopy(ioBuffer, bufferIndex, ioBuffer, 0, remaining);
    bufferStart += bufferIndex;
    bufferIndex = 0;
    dataLength = remaining;
    while (dataLength < ioBuffer.length) {
      int read = input.read(ioBuffer, dataLength, ioBuffer.length - dataLength);
      if (read < 0) {
        exhausted = true;
        break;
      }
      dataLength += read;
      if (dataLength > 1) {
        break;
      }
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufferStart = 0;
    bufferIndex = 0;
    dataLength = 0;
    finalOffset = 0;
    exhausted = false;
    pendingParts = 0;
  }
}
