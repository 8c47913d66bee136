package org.dragoman.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass: a sentence ends after {@code .}, {@code !},
 * {@code ?} or {@code …} followed by white space, or at a line break, and the next one starts after
 * that white space. The JDK's rule-based sentence iterator gets there too, but walking a 40,000
 * character statement through it took a third of the time of a search with snippets; snippet
 * passages only need plausible cut points.
 *
 * <pre>{@code
 * BreakIterator sentences = new SentenceBreaks();
 * sentences.setText("One. Two!\nThree");  // boundaries 0, 5, 10, 15
 * }</pre>
 *
 * <p>Not thread-safe, like every {@link BreakIterator}.
 */
final class SentenceBreaks extends BreakIterator {

  private String text = "";
  private int[] boundaries = {0};
  private int count = 1;
  private int position;

  @Override
  public void setText(String newText) {
    text = newText;
    int[] found = new int[16];
    int n = 0;
    found[n++] = 0;
    int length = text.length();
    // Jumps from one possible sentence end to the next with String.indexOf, which the JIT turns
    // into a vector scan, instead of testing every character (about a tenth of a search with
    // snippets did that).
    int[] next = new int[ENDS.length];
    for (int k = 0; k < ENDS.length; k++) {
      next[k] = indexOf(ENDS[k], 0);
    }
    while (true) {
      int k = nearest(next);
      int i = next[k];
      if (i == length) {
        break;
      }
      next[k] = indexOf(ENDS[k], i + 1);
      char c = ENDS[k];
      boolean endsSentence =
          c == '\n' || i + 1 == length || Character.isWhitespace(text.charAt(i + 1));
      if (!endsSentence) {
        continue;
      }
      int start = i + 1;
      while (start < length && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < length && start > found[n - 1]) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = start;
      }
      // The white space after a sentence end is skipped, line breaks in it too.
      for (int j = 0; j < ENDS.length; j++) {
        if (next[j] < start) {
          next[j] = indexOf(ENDS[j], start);
        }
      }
    }
    if (length > found[n - 1]) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n + 1);
      }
      found[n++] = length;
    }
    boundaries = found;
    count = n;
    position = 0;
  }

  /** The characters after which a sentence may end: a line break always ends one. */
  private static final char[] ENDS = {'\n', '.', '!', '?', '…'};

  /** The next {@code c} from {@code from} on, or the text's length. */
  private int indexOf(char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }

  private static int nearest(int[] positions) {
    int best = 0;
    for (int k = 1; k < positions.length; k++) {
      if (positions[k] < positions[best]) {
        best = k;
      }
    }
    return best;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    setText(sb.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    position = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    position = count - 1;
    return boundaries[position];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (position + 1 >= count) {
      return DONE;
    }
    return boundaries[++position];
  }

  @Override
  public int previous() {
    if (position == 0) {
      return DONE;
    }
    return boundaries[--position];
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    // The first boundary greater than offset.
    int i = Arrays.binarySearch(boundaries, 0, count, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= count) {
      position = count - 1;
      return DONE;
    }
    position = i;
    return boundaries[i];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    // The last boundary less than offset.
    int i = Arrays.binarySearch(boundaries, 0, count, offset);
    i = (i >= 0 ? i : -i - 1) - 1;
    if (i < 0) {
      position = 0;
      return DONE;
    }
    position = i;
    return boundaries[i];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    return Arrays.binarySearch(boundaries, 0, count, offset) >= 0;
  }

  @Override
  public int current() {
    return boundaries[position];
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " is outside the text of length " + text.length());
    }
  }
}
