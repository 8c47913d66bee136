package org.dragoman.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * The spelling vocabulary of one text, taken from the analysis its full-text field already does
 * instead of a tokenization of its own: while the writer indexes the text field, the offsets of its
 * tokens are recorded; the spelling field then indexes the text at those offsets, lower-cased. The
 * vocabulary is so the words as written that the text field indexes (for English: every word but
 * stop words, before stemming) except those that start with a digit, and the text is tokenized once
 * instead of twice.
 *
 * <p>Lucene inverts a document's fields in the order they were added, so the text field must come
 * before the spelling field. Should the spelling field be read first all the same (or the text
 * field's analysis fail part way), it analyses the text itself with {@code fallback}: the
 * vocabulary is never lost, only the saving.
 *
 * <pre>{@code
 * SpellingWords words = new SpellingWords(body);
 * doc.add(words.recording("body", bodyType, bodyAnalyzer));
 * doc.add(words.field("spelling", spellingType, spellingAnalyzer));
 * }</pre>
 *
 * <p>One instance per text of one document; not thread-safe (a document is indexed by one thread).
 */
final class SpellingWords {

  private final String text;
  private int[] offsets = new int[64]; // start, end of each word, in pairs
  private int size;
  private boolean complete;

  SpellingWords(String text) {
    this.text = text;
  }

  /** The text field {@code name}, analysed by {@code analyzer}, recording its tokens' offsets. */
  Field recording(String name, FieldType type, Analyzer analyzer) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer writerAnalyzer, TokenStream reuse) {
        return new Recorder(analyzer.tokenStream(name(), text));
      }
    };
  }

  /** The spelling field of the text: the recorded words, or {@code fallback}'s analysis. */
  Field field(String name, FieldType type, Analyzer fallback) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer writerAnalyzer, TokenStream reuse) {
        return complete ? new Replay() : fallback.tokenStream(name(), text);
      }
    };
  }

  private void add(int start, int end) {
    if (size > 0 && offsets[size - 2] == start && offsets[size - 1] == end) {
      return; // a token stacked on the previous one (a synonym, a variant): the same word
    }
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[size++] = start;
    offsets[size++] = end;
  }

  private final class Recorder extends TokenFilter {
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    Recorder(TokenStream input) {
      super(input);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      size = 0;
      complete = false;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      int start = offset.startOffset();
      int end = offset.endOffset();
      // A word that starts with a digit (a year, a resolution number) is never a suggestion:
      // suggestions share the typed word's first letter (6,290 of the 76,653 distinct words of
      // the reference corpus).
      if (start >= 0
          && start < end
          && end <= text.length()
          && !Character.isDigit(text.charAt(start))) {
        add(start, end);
      }
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      complete = true;
    }
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= size) {
        return false;
      }
      clearAttributes();
      int start = offsets[next++];
      int end = offsets[next++];
      term.setEmpty().append(text, start, end);
      CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
      return true;
    }
  }
}
