package org.dragoman.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory of a {@link SynonymGraphFilter} over {@link NameAliases}, SPI name {@value #NAME}. Put it
 * after a deferred {@value NameKeyFilterFactory#NAME} and before {@value
 * NameKeyVariantsFilterFactory#NAME}, in a query-time chain.
 *
 * <p>Parameters: {@code builtIn} (default {@code true}) uses the built-in list; {@code aliases} is
 * a comma-separated list of further alias files, opened through the {@link ResourceLoader}.
 *
 * <pre>{@code
 * .addTokenFilter(NameAliasFilterFactory.NAME, "aliases", "my-aliases.txt")
 * }</pre>
 */
public final class NameAliasFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "dragomanNameAlias";

  private final boolean builtIn;
  private final List<String> files;
  private NameAliases aliases;

  public NameAliasFilterFactory(Map<String, String> args) {
    super(args);
    builtIn = getBoolean(args, "builtIn", true);
    String fileList = get(args, "aliases");
    files = fileList == null ? List.of() : splitFileNames(fileList);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only: use {@link #NameAliasFilterFactory(Map)}. */
  public NameAliasFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    List<Reader> readers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      if (builtIn) {
        readers.add(NameAliases.openBuiltIn());
        names.add(NameAliases.BUILT_IN_RESOURCE);
      }
      for (String file : files) {
        InputStream in = loader.openResource(file);
        readers.add(NameAliases.utf8(in));
        names.add(file);
      }
      aliases = NameAliases.parse(readers, names);
    } finally {
      for (Reader reader : readers) {
        reader.close();
      }
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (aliases == null) {
      throw new IllegalStateException(NAME + " was not informed of its resource loader");
    }
    return aliases.filter(input);
  }
}
