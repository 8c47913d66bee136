package org.dragoman.opensearch;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@value DragomanPlugin#NAMES_FILTER} token filter: words to transliteration keys with stacked
 * variant keys (core's {@code NameKeyFilter}), with aliases expanded when {@code aliases} is true,
 * or only lower-cased when {@code exact} is true (see {@link NameAnalysisOptions}). Expects words
 * from the {@value DragomanPlugin#TOKENIZER} tokenizer.
 *
 * <pre>{@code
 * "filter": { "names_search": { "type": "dragoman_names", "aliases": true } }
 * }</pre>
 */
final class DragomanNamesTokenFilterFactory extends AbstractTokenFilterFactory {

  private final NameAnalysisOptions options;

  DragomanNamesTokenFilterFactory(
      IndexSettings indexSettings, Environment environment, String name, Settings settings) {
    super(indexSettings, name, settings);
    this.options =
        NameAnalysisOptions.read("token filter", name, settings, environment, false, false);
  }

  @Override
  public TokenStream create(TokenStream words) {
    return options.filter(words);
  }

  /** Wildcard and prefix terms: lower-cased in exact mode, as core's exact analyzer does. */
  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return options.exact() ? new LowerCaseFilter(tokenStream) : tokenStream;
  }
}
