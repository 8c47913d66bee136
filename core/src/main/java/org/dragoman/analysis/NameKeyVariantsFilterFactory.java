package org.dragoman.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NameKeyVariantsFilter}, SPI name {@value #NAME}; takes no parameters.
 *
 * <pre>{@code
 * .addTokenFilter(NameKeyFilterFactory.NAME, "variants", "deferred")
 * .addTokenFilter(NameAliasFilterFactory.NAME)
 * .addTokenFilter(NameKeyVariantsFilterFactory.NAME)
 * }</pre>
 */
public final class NameKeyVariantsFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dragomanNameKeyVariants";

  public NameKeyVariantsFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only: use {@link #NameKeyVariantsFilterFactory(Map)}. */
  public NameKeyVariantsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NameKeyVariantsFilter(input);
  }
}
