package org.dragoman.analysis;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * What analysis makes of a text, for {@code dragoman analyze}: every token with its position,
 * offsets and type, or, for name fields, every word with its exact form and keys.
 *
 * <pre>{@code
 * AnalysisInspector.tokens(NameAnalyzer.forIndexing(), "body.names", "К.Токаев");
 * // [tokaev <NAME_KEY> pos 1 offsets 2..8]   (the initial К has no key)
 * AnalysisInspector.words("Касыма-Жомарта Токаева");
 * // [касыма [kasima, kasim, ...], жомарта [...], токаева [tokaeva, tokaev]]
 * }</pre>
 */
public final class AnalysisInspector {

  private AnalysisInspector() {}

  /** The tokens {@code analyzer} produces for {@code text} in {@code field}. */
  public static List<AnalyzedToken> tokens(Analyzer analyzer, String field, String text) {
    requireNonNull(analyzer, "analyzer");
    requireNonNull(text, "text");
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += posInc.getPositionIncrement();
        tokens.add(
            new AnalyzedToken(
                term.toString(),
                type.type(),
                position,
                posLen.getPositionLength(),
                offset.startOffset(),
                offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text: " + e.getMessage(), e);
    }
    return tokens;
  }

  /** Every word of {@code text} with its exact form and index-time keys. */
  public static List<NameWord> words(String text) {
    requireNonNull(text, "text");
    List<AnalyzedToken> exact;
    List<AnalyzedToken> keys;
    try (Analyzer exactAnalyzer = new ExactNameAnalyzer();
        Analyzer nameAnalyzer = NameAnalyzer.forIndexing()) {
      exact = tokens(exactAnalyzer, "exact", text);
      keys = tokens(nameAnalyzer, "names", text);
    }
    List<NameWord> words = new ArrayList<>(exact.size());
    int k = 0;
    for (AnalyzedToken word : exact) {
      List<String> wordKeys = new ArrayList<>();
      while (k < keys.size() && keys.get(k).startOffset() < word.startOffset()) {
        k++;
      }
      while (k < keys.size() && keys.get(k).startOffset() == word.startOffset()) {
        wordKeys.add(keys.get(k).term());
        k++;
      }
      words.add(
          new NameWord(
              text.substring(word.startOffset(), word.endOffset()),
              word.term(),
              wordKeys,
              word.position(),
              word.startOffset(),
              word.endOffset()));
    }
    return words;
  }
}
