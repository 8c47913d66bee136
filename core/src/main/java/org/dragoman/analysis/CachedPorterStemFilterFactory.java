package org.dragoman.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link CachedPorterStemFilter}, SPI name {@value #NAME}: where Lucene's {@code
 * porterStem} would go, with the same stems. No parameters.
 *
 * <pre>{@code
 * CustomAnalyzer.builder()
 *     .withTokenizer("standard")
 *     .addTokenFilter("lowercase")
 *     .addTokenFilter(CachedPorterStemFilterFactory.NAME)
 *     .build();
 * }</pre>
 */
public final class CachedPorterStemFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dragomanCachedPorterStem";

  public CachedPorterStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only: use {@link #CachedPorterStemFilterFactory(Map)}. */
  public CachedPorterStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CachedPorterStemFilter(input);
  }
}
