package org.dragoman.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link EnglishNameWordsFilter}, SPI name {@value #NAME}: between the name tokenizer
 * and the key filter of the index-time chain of English texts, as in {@link
 * NameAnalyzer#forEnglishIndexing()}. No parameters.
 *
 * <pre>{@code
 * CustomAnalyzer.builder()
 *     .withTokenizer(NameTokenizerFactory.NAME)
 *     .addTokenFilter(EnglishNameWordsFilterFactory.NAME)
 *     .addTokenFilter(NameKeyFilterFactory.NAME)
 *     .build();
 * }</pre>
 */
public final class EnglishNameWordsFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dragomanEnglishNameWords";

  public EnglishNameWordsFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only: use {@link #EnglishNameWordsFilterFactory(Map)}. */
  public EnglishNameWordsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new EnglishNameWordsFilter(input);
  }
}
