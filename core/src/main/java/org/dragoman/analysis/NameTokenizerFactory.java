package org.dragoman.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link NameTokenizer}, SPI name {@value #NAME}; takes no parameters.
 *
 * <pre>{@code
 * CustomAnalyzer.builder().withTokenizer(NameTokenizerFactory.NAME)...
 * }</pre>
 */
public final class NameTokenizerFactory extends TokenizerFactory {

  /** SPI name. */
  public static final String NAME = "dragomanName";

  public NameTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only: use {@link #NameTokenizerFactory(Map)}. */
  public NameTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public NameTokenizer create(AttributeFactory factory) {
    return new NameTokenizer(factory);
  }
}
