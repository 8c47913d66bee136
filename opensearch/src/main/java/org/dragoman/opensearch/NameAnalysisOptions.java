package org.dragoman.opensearch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.dragoman.analysis.EnglishNameWordsFilter;
import org.dragoman.analysis.ExactNameAnalyzer;
import org.dragoman.analysis.NameAliases;
import org.dragoman.analysis.NameAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.Analysis;

/**
 * The options of Dragoman's token filter and analyzers, read from the component's index settings
 * and checked, so that a misspelt option or a missing alias file fails index creation with a
 * message naming it instead of being ignored.
 *
 * <ul>
 *   <li>{@value #EXACT} (default false): words only lower-cased, matched as spelled;
 *   <li>{@value #ENGLISH} (default false): for an index analyzer of English text, keys only the
 *       words that can belong to a name ({@code EnglishNameWordsFilter}, as the library does for
 *       articles labelled English);
 *   <li>{@value #ALIASES} (default false, true for {@code dragoman_search}): expand renames and
 *       acronyms, for search analyzers;
 *   <li>{@value #BUILTIN_ALIASES} (default true): with aliases, include Dragoman's built-in list;
 *   <li>{@value #ALIAS_FILES}: with aliases, further alias files (Solr synonym format, UTF-8),
 *       relative to the node's config directory.
 * </ul>
 *
 * <pre>{@code
 * NameAnalysisOptions options =
 *     NameAnalysisOptions.read("analyzer", "names_search", settings, environment, true, false);
 * Analyzer analyzer = options.analyzer();
 * }</pre>
 */
final class NameAnalysisOptions {

  /** Setting: match words as spelled. */
  static final String EXACT = "exact";

  /** Setting: key only the name words of English text. */
  static final String ENGLISH = "english";

  /** Setting: expand aliases. */
  static final String ALIASES = "aliases";

  /** Setting: include the built-in alias list. */
  static final String BUILTIN_ALIASES = "builtin_aliases";

  /** Setting: further alias files, relative to the config directory. */
  static final String ALIAS_FILES = "alias_files";

  private static final Set<String> KNOWN =
      Set.of("type", EXACT, ENGLISH, ALIASES, BUILTIN_ALIASES, ALIAS_FILES);

  private final boolean exact;
  private final boolean english;
  private final NameAliases aliases;

  private NameAnalysisOptions(boolean exact, boolean english, NameAliases aliases) {
    this.exact = exact;
    this.english = english;
    this.aliases = aliases;
  }

  /**
   * Reads and checks the settings of one analysis component.
   *
   * @param kind what the component is, for messages ("token filter", "analyzer")
   * @param name the component's name in the index settings
   * @param aliasesByDefault whether aliases are expanded unless the settings say otherwise
   * @param exactByDefault whether words match as spelled unless the settings say otherwise
   * @throws IllegalArgumentException naming the component and the setting when a setting is
   *     unknown, has a bad value, contradicts another, or names an alias file that is missing or
   *     malformed
   */
  static NameAnalysisOptions read(
      String kind,
      String name,
      Settings settings,
      Environment environment,
      boolean aliasesByDefault,
      boolean exactByDefault) {
    String component = kind + " [" + name + "]";
    rejectUnknown(component, settings);
    try {
      boolean exact = bool(settings, EXACT, exactByDefault);
      boolean english = bool(settings, ENGLISH, false);
      boolean aliases = bool(settings, ALIASES, aliasesByDefault);
      boolean builtIn = bool(settings, BUILTIN_ALIASES, true);
      List<String> files = settings.getAsList(ALIAS_FILES, List.of());
      if (exact && aliases) {
        throw new IllegalArgumentException(
            "[exact] and [aliases] exclude each other: exact words have no aliases");
      }
      if (english && (exact || aliases)) {
        throw new IllegalArgumentException(
            "[english] is for index analyzers of name keys: not with [exact] or [aliases]"
                + " (search analyzers read every word)");
      }
      if (!aliases && (settings.get(BUILTIN_ALIASES) != null || !files.isEmpty())) {
        throw new IllegalArgumentException(
            "[builtin_aliases] and [alias_files] need [aliases: true]"
                + " (aliases belong in a search analyzer)");
      }
      if (!aliases) {
        return new NameAnalysisOptions(exact, english, NameAliases.none());
      }
      return new NameAnalysisOptions(false, false, aliases(environment, builtIn, files));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IllegalArgumentException("Dragoman " + component + ": " + e.getMessage(), e);
    }
  }

  private static boolean bool(Settings settings, String key, boolean byDefault) {
    String value = settings.get(key);
    if (value == null) {
      return byDefault;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException("[" + key + "] is [" + value + "], not true or false");
    };
  }

  private static void rejectUnknown(String component, Settings settings) {
    Set<String> unknown = new TreeSet<>();
    for (String key : settings.keySet()) {
      // index.* keys are the index's own (version created, shards) that OpenSearch passes along
      if (!KNOWN.contains(key) && !key.startsWith("index.")) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Dragoman "
              + component
              + " has unknown settings "
              + unknown
              + "; known: "
              + new TreeSet<>(KNOWN));
    }
  }

  private static NameAliases aliases(Environment environment, boolean builtIn, List<String> files) {
    List<Path> paths = new ArrayList<>();
    for (String file : files) {
      Path path = Analysis.resolveAnalyzerPath(environment, file);
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException(
            "alias file ["
                + file
                + "] not found at ["
                + path
                + "] (alias files are read relative to the config directory)");
      }
      paths.add(path);
    }
    if (builtIn) {
      return paths.isEmpty() ? NameAliases.builtIn() : NameAliases.builtInPlus(paths);
    }
    List<Reader> readers = new ArrayList<>();
    try {
      for (Path path : paths) {
        readers.add(Files.newBufferedReader(path, StandardCharsets.UTF_8));
      }
      return NameAliases.parse(readers, files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alias files " + files + ": " + e, e);
    } finally {
      for (Reader reader : readers) {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close alias file: " + e, e);
        }
      }
    }
  }

  /** Whether words match as spelled (only lower-cased). */
  boolean exact() {
    return exact;
  }

  /** The aliases to expand; {@link NameAliases#none()} for index-time analysis. */
  NameAliases aliases() {
    return aliases;
  }

  /** The token filters after a {@code NameTokenizer}, as core's analyzers have them. */
  TokenStream filter(TokenStream words) {
    if (exact) {
      return new LowerCaseFilter(words);
    }
    return NameAnalyzer.keys(english ? new EnglishNameWordsFilter(words) : words, aliases);
  }

  /** The whole analyzer: core's {@link ExactNameAnalyzer} or {@link NameAnalyzer}. */
  Analyzer analyzer() {
    if (exact) {
      return new ExactNameAnalyzer();
    }
    if (english) {
      return NameAnalyzer.forEnglishIndexing();
    }
    return aliases.isEmpty() ? NameAnalyzer.forIndexing() : NameAnalyzer.forQueries(aliases);
  }
}
