package org.dragoman.analysis;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The transliteration-aware analyzer of name fields: {@link NameTokenizer} then {@link
 * NameKeyFilter}, so that every spelling of a name, Latin or Cyrillic, yields the same keys.
 *
 * <p>Two flavours, used as a pair on one field: {@link #forIndexing()} stacks all variant keys;
 * {@link #forQueries(NameAliases)} also expands aliases (renames, acronyms) with a {@code
 * SynonymGraphFilter} at query time, so multi-word aliases work and alias lists can change without
 * re-indexing. Build queries with a graph-aware {@code QueryBuilder}. English texts are indexed
 * with {@link #forEnglishIndexing()}, which leaves out lower-case words that are no part of a name.
 *
 * <pre>{@code
 * Analyzer index = NameAnalyzer.forIndexing();
 * Analyzer query = NameAnalyzer.forQueries(NameAliases.builtIn());
 * Query q = new QueryBuilder(query).createBooleanQuery("body.names", "Nur-Sultan", Occur.MUST);
 * }</pre>
 */
public final class NameAnalyzer extends Analyzer {

  private final NameAliases aliases;
  private final boolean forQueries;
  private final boolean englishText;

  private NameAnalyzer(NameAliases aliases, boolean forQueries, boolean englishText) {
    this.aliases = aliases;
    this.forQueries = forQueries;
    this.englishText = englishText;
  }

  /** The index-time analyzer: keys and stacked variant keys, no aliases. */
  public static NameAnalyzer forIndexing() {
    return new NameAnalyzer(NameAliases.none(), false, false);
  }

  /**
   * The index-time analyzer of English texts: as {@link #forIndexing()}, for the words that can be
   * part of a name ({@link EnglishNameWordsFilter}); lower-case words leave their positions empty.
   * Queries need no counterpart: a query word finds a name in any text, and a lower-case word in an
   * English text through the English field.
   */
  public static NameAnalyzer forEnglishIndexing() {
    return new NameAnalyzer(NameAliases.none(), false, true);
  }

  /** The query-time analyzer: keys, then aliases, then stacked variant keys. */
  public static NameAnalyzer forQueries(NameAliases aliases) {
    return new NameAnalyzer(requireNonNull(aliases, "aliases"), true, false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Joined compounds (Ak-Orda also as AkOrda) are indexed; queries ask for them in the parser.
    Tokenizer tokenizer =
        new NameTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, !forQueries);
    TokenStream words = englishText ? new EnglishNameWordsFilter(tokenizer) : tokenizer;
    return new TokenStreamComponents(tokenizer, keys(words, aliases));
  }

  /**
   * The filters of this analyzer after its tokenizer: words to keys with stacked variant keys, and
   * with {@code aliases} (unless empty) expanded in between. For engines that assemble analysis
   * chains themselves (the OpenSearch plugin) and must stay token for token the same as {@link
   * #forIndexing()} and {@link #forQueries(NameAliases)}.
   *
   * <pre>{@code
   * Tokenizer words = new NameTokenizer();
   * TokenStream keys = NameAnalyzer.keys(words, NameAliases.none()); // as forIndexing()
   * }</pre>
   *
   * @param words words from a {@link NameTokenizer}
   * @param aliases the aliases to expand, {@link NameAliases#none()} for the index-time chain
   */
  public static TokenStream keys(TokenStream words, NameAliases aliases) {
    requireNonNull(aliases, "aliases");
    if (aliases.isEmpty()) {
      return new NameKeyFilter(words, NameKeyFilter.Variants.STACKED);
    }
    TokenStream stream = new NameKeyFilter(words, NameKeyFilter.Variants.DEFERRED);
    stream = aliases.filter(stream);
    return new NameKeyVariantsFilter(stream);
  }
}
