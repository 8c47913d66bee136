package org.dragoman.analysis;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NameKeyFilter}, SPI name {@value #NAME}. Parameter {@code variants}: {@code
 * stacked} (default) or {@code deferred} (when a synonym filter follows; end the chain with {@value
 * NameKeyVariantsFilterFactory#NAME}).
 *
 * <pre>{@code
 * CustomAnalyzer.builder()
 *     .withTokenizer(NameTokenizerFactory.NAME)
 *     .addTokenFilter(NameKeyFilterFactory.NAME)
 *     .build();
 * }</pre>
 */
public final class NameKeyFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dragomanNameKey";

  private final NameKeyFilter.Variants variants;

  public NameKeyFilterFactory(Map<String, String> args) {
    super(args);
    String value = get(args, "variants", "stacked");
    try {
      variants = NameKeyFilter.Variants.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("variants " + value + " is not stacked or deferred", e);
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only: use {@link #NameKeyFilterFactory(Map)}. */
  public NameKeyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NameKeyFilter(input, variants);
  }
}
