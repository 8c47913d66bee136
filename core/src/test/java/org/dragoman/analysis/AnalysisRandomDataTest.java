package org.dragoman.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Every analysis chain of {@link DragomanAnalyzers} over random Unicode text (Lucene's {@code
 * checkRandomData}: offsets, positions, reset and reuse contracts, several threads). Runs through
 * the JUnit vintage engine. Chains are found through {@link DragomanAnalyzers#fullTextFields()}, so
 * a chain added there is tested here without a change.
 */
public class AnalysisRandomDataTest extends BaseTokenStreamTestCase {

  public void testEveryIndexChainOverRandomUnicode() throws Exception {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (FullTextField field : analyzers.fullTextFields()) {
        try (Analyzer chain = onField(analyzers.indexAnalyzer(), field.name())) {
          checkRandomData(random(), chain, 200 * RANDOM_MULTIPLIER);
        }
      }
    }
  }

  public void testEveryQueryChainOverRandomUnicode() throws Exception {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (FullTextField field : analyzers.fullTextFields()) {
        try (Analyzer chain = onField(analyzers.queryAnalyzer(), field.name())) {
          checkRandomData(random(), chain, 100 * RANDOM_MULTIPLIER);
        }
      }
    }
  }

  public void testEveryIndexChainOverLongRandomText() throws Exception {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (FullTextField field : analyzers.fullTextFields()) {
        try (Analyzer chain = onField(analyzers.indexAnalyzer(), field.name())) {
          checkRandomData(random(), chain, 10 * RANDOM_MULTIPLIER, 8192);
        }
      }
    }
  }

  public void testAHundredThousandCharacterTokenIsCutNotKept() throws Exception {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (FullTextField field : analyzers.fullTextFields()) {
        try (Analyzer chain = onField(analyzers.indexAnalyzer(), field.name());
            TokenStream stream = chain.tokenStream("any", "x".repeat(100_000))) {
          org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
              stream.addAttribute(
                  org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
          stream.reset();
          int tokens = 0;
          while (stream.incrementToken()) {
            // Lucene's limit of one indexed term is 32,766 UTF-8 bytes; tokenizers cut at 255
            // characters, and a name key may spell one letter with two (x -> ks).
            assertTrue(field.name() + " term of " + term.length(), term.length() <= 1024);
            tokens++;
          }
          stream.end();
          assertTrue(field.name() + " gave no token", tokens > 0);
        }
      }
    }
  }

  /**
   * The chain {@code perField} uses for {@code field}, whatever field name it is asked for: the
   * test framework always analyses a field named "dummy".
   */
  private static Analyzer onField(Analyzer perField, String field) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String ignored) {
        TokenStream stream = perField.tokenStream(field, Reader.nullReader());
        return new TokenStreamComponents(reader -> perField.tokenStream(field, reader), stream);
      }
    };
  }
}
