package org.dragoman.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * One of Dragoman's ready-made analyzers, core's {@code NameAnalyzer} or {@code ExactNameAnalyzer}:
 * usable by name ({@code "analyzer": "dragoman"}) or as a type with options ({@code "type":
 * "dragoman_search", "alias_files": [...]}, see {@link NameAnalysisOptions}).
 *
 * <pre>{@code
 * "names": { "type": "text", "analyzer": "dragoman", "search_analyzer": "dragoman_search" }
 * }</pre>
 */
final class DragomanAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

  /** The ready-made analyzers and the defaults each starts from. */
  enum Preset {
    /** Index time: keys and stacked variant keys, no aliases. */
    INDEX(DragomanPlugin.ANALYZER, false, false),
    /** Search time: keys, then aliases (the built-in list), then variant keys. */
    SEARCH(DragomanPlugin.SEARCH_ANALYZER, true, false),
    /** Words as spelled, only lower-cased. */
    EXACT(DragomanPlugin.EXACT_ANALYZER, false, true);

    final String analyzerName;
    final boolean aliases;
    final boolean exact;

    Preset(String analyzerName, boolean aliases, boolean exact) {
      this.analyzerName = analyzerName;
      this.aliases = aliases;
      this.exact = exact;
    }
  }

  private final Analyzer analyzer;

  DragomanAnalyzerProvider(
      IndexSettings indexSettings,
      Environment environment,
      String name,
      Settings settings,
      Preset preset) {
    super(indexSettings, name, settings);
    this.analyzer =
        NameAnalysisOptions.read(
                preset.analyzerName + " analyzer",
                name,
                settings,
                environment,
                preset.aliases,
                preset.exact)
            .analyzer();
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
