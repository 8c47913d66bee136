package org.dragoman.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link NameTokenizer}, SPI name {@value #NAME}. Parameter {@code joinCompounds}
 * ({@code true} by default): whether {@code Ak-Orda} is also emitted joined; query chains with a
 * synonym filter set it to {@code false}.
 *
 * <pre>{@code
 * CustomAnalyzer.builder().withTokenizer(NameTokenizerFactory.NAME)...
 * CustomAnalyzer.builder().withTokenizer(NameTokenizerFactory.NAME, "joinCompounds", "false")...
 * }</pre>
 */
public final class NameTokenizerFactory extends TokenizerFactory {

  /** SPI name. */
  public static final String NAME = "dragomanName";

  private final boolean joinCompounds;

  public NameTokenizerFactory(Map<String, String> args) {
    super(args);
    joinCompounds = getBoolean(args, "joinCompounds", true);
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
    return new NameTokenizer(factory, joinCompounds);
  }
}
