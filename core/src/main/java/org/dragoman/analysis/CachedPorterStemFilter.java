package org.dragoman.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link PorterStemFilter}, stem for stem, remembering the stems of the words it has seen.
 * Expects lower-cased input, as Porter's stemmer does; keyword tokens are left as they are.
 *
 * <p>Why: words in text are Zipfian, so a few thousand distinct words make up most tokens, and
 * Porter's stemmer spent 7% of Dragoman's indexing CPU (a JFR profile of one-thread indexing of
 * 10,000 reference passages) re-stemming them. A remembered stem costs a hash lookup and a copy.
 * The memo holds at most {@value #MAX_WORDS} words of at most {@value #MAX_WORD_LENGTH} characters;
 * when full it is emptied and refills with the words that come next, which keeps memory bounded and
 * favours the current text's vocabulary.
 *
 * <pre>{@code
 * TokenStream stems = new CachedPorterStemFilter(new LowerCaseFilter(new StandardTokenizer()));
 * }</pre>
 *
 * <p>One memo per instance: a token stream is used by one thread at a time.
 */
public final class CachedPorterStemFilter extends TokenFilter {

  /** Words remembered before the memo is emptied (about 2 MB of English words and stems). */
  static final int MAX_WORDS = 16384;

  /** Longer words are rare and are stemmed each time. */
  static final int MAX_WORD_LENGTH = 40;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(MAX_WORDS, false);
  private final OneWord word = new OneWord();
  private final PorterStemFilter stemmer = new PorterStemFilter(word);

  public CachedPorterStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    if (length > MAX_WORD_LENGTH) {
      char[] stem = stem(buffer, length);
      term.copyBuffer(stem, 0, stem.length);
      return true;
    }
    char[] stem = stems.get(buffer, 0, length);
    if (stem == null) {
      stem = stem(buffer, length);
      if (stems.size() >= MAX_WORDS) {
        stems.clear();
      }
      stems.put(Arrays.copyOf(buffer, length), stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }

  /** Porter's stem of {@code buffer[0..length)}, by Lucene's own filter over a one-word stream. */
  private char[] stem(char[] buffer, int length) throws IOException {
    word.set(buffer, length);
    if (!stemmer.incrementToken()) {
      throw new IllegalStateException("a one-word stream gave no word");
    }
    return Arrays.copyOf(word.term.buffer(), word.term.length());
  }

  /** A stream of the one word last set: the stemmer's input, stemmed in place. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean pending;

    void set(char[] buffer, int length) {
      term.copyBuffer(buffer, 0, length);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      boolean next = pending;
      pending = false;
      return next;
    }
  }
}
