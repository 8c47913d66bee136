package org.dragoman.opensearch;

import org.apache.lucene.analysis.Tokenizer;
import org.dragoman.analysis.NameTokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/**
 * The {@value DragomanPlugin#TOKENIZER} tokenizer: core's {@link NameTokenizer}, which splits
 * hyphens and initials glued to surnames ({@code К.Токаев}) and keeps Uzbek apostrophes inside
 * words. Takes no settings.
 *
 * <pre>{@code
 * "analyzer": { "names": { "tokenizer": "dragoman_tokenizer", "filter": ["dragoman_names"] } }
 * }</pre>
 */
final class DragomanTokenizerFactory extends AbstractTokenizerFactory {

  DragomanTokenizerFactory(
      IndexSettings indexSettings, Environment environment, String name, Settings settings) {
    super(indexSettings, settings, name);
    for (String key : settings.keySet()) {
      if (!key.equals("type") && !key.startsWith("index.")) {
        throw new IllegalArgumentException(
            "Dragoman tokenizer [" + name + "] takes no settings, but has [" + key + "]");
      }
    }
  }

  @Override
  public Tokenizer create() {
    return new NameTokenizer();
  }
}
