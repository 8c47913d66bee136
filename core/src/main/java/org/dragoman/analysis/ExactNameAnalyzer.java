package org.dragoman.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The exact counterpart of {@link NameAnalyzer}: the same words ({@link NameTokenizer}), only
 * lowercased. A field analyzed this way matches spellings exactly, for exact mode and to rank exact
 * spellings above variant matches.
 *
 * <pre>{@code
 * Analyzer exact = new ExactNameAnalyzer(); // "К.Токаев" -> к, токаев
 * }</pre>
 */
public final class ExactNameAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new NameTokenizer();
    return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
