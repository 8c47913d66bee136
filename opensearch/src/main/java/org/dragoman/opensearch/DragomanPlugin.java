package org.dragoman.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Dragoman's transliteration-aware name analysis inside OpenSearch, so that a cluster finds every
 * spelling of a name (Tokayev, Токаев, Tokajew) as the library does. Registers core's analysis
 * classes under stable names:
 *
 * <ul>
 *   <li>tokenizer {@value #TOKENIZER};
 *   <li>token filter {@value #NAMES_FILTER} (options {@code exact}, {@code aliases}, {@code
 *       builtin_aliases}, {@code alias_files});
 *   <li>analyzers {@value #ANALYZER} (index time), {@value #SEARCH_ANALYZER} (search time, with
 *       aliases) and {@value #EXACT_ANALYZER} (as spelled), each also a type taking those options.
 * </ul>
 *
 * <p>Like the library's {@code title.names} and {@code body.names} fields, a field indexes with
 * {@value #ANALYZER} and searches with {@value #SEARCH_ANALYZER}, so alias lists can change without
 * re-indexing:
 *
 * <pre>{@code
 * "names": { "type": "text", "analyzer": "dragoman", "search_analyzer": "dragoman_search" }
 * }</pre>
 */
public final class DragomanPlugin extends Plugin implements AnalysisPlugin {

  /** Tokenizer name: core's {@code NameTokenizer}. */
  public static final String TOKENIZER = "dragoman_tokenizer";

  /** Token filter name: core's name keys (and, with options, aliases or exact words). */
  public static final String NAMES_FILTER = "dragoman_names";

  /** Index-time analyzer name: core's {@code NameAnalyzer.forIndexing()}. */
  public static final String ANALYZER = "dragoman";

  /** Search-time analyzer name: core's {@code NameAnalyzer.forQueries(NameAliases.builtIn())}. */
  public static final String SEARCH_ANALYZER = "dragoman_search";

  /** Exact analyzer name: core's {@code ExactNameAnalyzer}. */
  public static final String EXACT_ANALYZER = "dragoman_exact";

  /** Created by OpenSearch from the plugin descriptor's {@code classname}. */
  public DragomanPlugin() {}

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(TOKENIZER, DragomanTokenizerFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(NAMES_FILTER, DragomanNamesTokenFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers =
        new LinkedHashMap<>();
    for (DragomanAnalyzerProvider.Preset preset : DragomanAnalyzerProvider.Preset.values()) {
      analyzers.put(
          preset.analyzerName,
          (indexSettings, environment, name, settings) ->
              new DragomanAnalyzerProvider(indexSettings, environment, name, settings, preset));
    }
    return analyzers;
  }
}
