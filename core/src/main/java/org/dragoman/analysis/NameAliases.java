package org.dragoman.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Renames, former names, acronyms and translations of names, which no spelling rule can join
 * (Astana / Nur-Sultan / Akmola / Tselinograd, CSTO / ОДКБ / OTSC), as a synonym map over
 * transliteration keys.
 *
 * <p>Alias files use the Solr synonym format, UTF-8: one group of equivalent names per line,
 * separated by commas; {@code #} starts a comment. Every name is reduced to its primary keys with
 * {@link NameKeyer}, so one spelling per script is enough (Целиноград also covers Celinograd and
 * Tselinograd); an acronym to its letters, so each language's is listed (CIS, SNG, СНГ: see {@link
 * AliasListParser}). The built-in list is the resource {@value #BUILT_IN_RESOURCE}; user files add
 * to it.
 *
 * <pre>{@code
 * NameAliases aliases = NameAliases.builtInPlus(List.of(Path.of("my-aliases.txt")));
 * Analyzer query = NameAnalyzer.forQueries(aliases);
 * }</pre>
 */
public final class NameAliases {

  /** Class-path location of the built-in alias list. */
  public static final String BUILT_IN_RESOURCE = "org/dragoman/analysis/aliases.txt";

  private static final NameAliases NONE = new NameAliases(null, null);
  private static volatile NameAliases builtIn;

  private final SynonymMap map;
  private final CharArrayMap<char[]> canonicalKeys;

  NameAliases(SynonymMap map, CharArrayMap<char[]> canonicalKeys) {
    this.map = map;
    this.canonicalKeys = canonicalKeys;
  }

  /** No aliases at all. */
  public static NameAliases none() {
    return NONE;
  }

  /** The built-in list (loaded once). */
  public static NameAliases builtIn() {
    NameAliases result = builtIn;
    if (result == null) {
      synchronized (NameAliases.class) {
        result = builtIn;
        if (result == null) {
          result = builtInPlus(List.of());
          builtIn = result;
        }
      }
    }
    return result;
  }

  /** The built-in list plus the given user files. */
  public static NameAliases builtInPlus(List<Path> userFiles) {
    try {
      AliasListParser parser = new AliasListParser();
      try (Reader reader = openBuiltIn()) {
        parser.add(reader, BUILT_IN_RESOURCE);
      }
      for (Path file : userFiles) {
        try (Reader reader = utf8(Files.newInputStream(file))) {
          parser.add(reader, file.toString());
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alias list: " + e.getMessage(), e);
    }
  }

  /** Aliases from the given sources only, each named for error messages. */
  public static NameAliases parse(List<Reader> sources, List<String> names) throws IOException {
    AliasListParser parser = new AliasListParser();
    for (int i = 0; i < sources.size(); i++) {
      parser.add(sources.get(i), names.get(i));
    }
    return parser.build();
  }

  /** The synonym map, or null when there are no aliases. */
  public SynonymMap synonymMap() {
    return map;
  }

  public boolean isEmpty() {
    return map == null;
  }

  /**
   * The alias stage of a query chain over a deferred {@link NameKeyFilter} stream: a {@link
   * NameAliasKeyFilter}, so that entries match through any key of a word, then the {@link
   * SynonymGraphFilter}. Returns {@code input} when there are no aliases.
   */
  public TokenStream filter(TokenStream input) {
    if (isEmpty()) {
      return input;
    }
    return new SynonymGraphFilter(new NameAliasKeyFilter(input, canonicalKeys), map, false);
  }

  static Reader openBuiltIn() throws IOException {
    InputStream in = NameAliases.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE);
    if (in == null) {
      throw new IOException(
          "built-in alias list " + BUILT_IN_RESOURCE + " is not on the class path");
    }
    return utf8(in);
  }

  static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
