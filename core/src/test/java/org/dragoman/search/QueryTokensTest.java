package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.search.Query;
import org.dragoman.TestCorpus;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query text's tokens read once: the shapes of their graph, and the parser's queries built from
 * them, which equal the ones Lucene's {@code QueryBuilder} makes of the same analysis.
 */
class QueryTokensTest {

  static DragomanAnalyzers analyzers;

  @BeforeAll
  static void open() {
    analyzers = DragomanAnalyzers.standard();
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  /** A token: its term, position increment and position length. */
  private record Token(String term, int increment, int length) {}

  private static QueryTokens tokens(Token... tokens) throws IOException {
    return QueryTokens.read(
        new TokenStream() {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
          private final PositionIncrementAttribute increment =
              addAttribute(PositionIncrementAttribute.class);
          private final PositionLengthAttribute length =
              addAttribute(PositionLengthAttribute.class);
          private int next;

          @Override
          public boolean incrementToken() {
            if (next == tokens.length) {
              return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens[next].term());
            increment.setPositionIncrement(tokens[next].increment());
            length.setPositionLength(tokens[next].length());
            next++;
            return true;
          }
        });
  }

  private static List<String> paths(QueryTokens tokens) {
    List<int[]> paths = tokens.alternatives();
    if (paths == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int[] path : paths) {
      StringBuilder text = new StringBuilder();
      for (int token : path) {
        text.append(text.isEmpty() ? "" : " ").append(tokens.term(token).utf8ToString());
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void stackedSynonymsStandAtOnePositionAndHaveNoGraph() throws IOException {
    QueryTokens stacked = tokens(new Token("kasahstan", 1, 1), new Token("kasakstan", 0, 1));

    assertThat(stacked.onePosition()).isTrue();
    assertThat(stacked.alternatives()).isNull();
  }

  @Test
  void aWordWithMultiWordAliasesHasEachPathInTokenOrder() throws IOException {
    // Kyrgyzstan's shape: one-word readings over the whole graph, two two-word aliases.
    QueryTokens kyrgyzstan =
        tokens(
            new Token("kirgistan", 1, 3),
            new Token("kirgis", 0, 1),
            new Token("kirgisia", 0, 3),
            new Token("kirgiska", 0, 2),
            new Token("republik", 1, 2),
            new Token("respublika", 1, 1));

    assertThat(kyrgyzstan.onePosition()).isFalse();
    assertThat(paths(kyrgyzstan))
        .containsExactly("kirgistan", "kirgis republik", "kirgisia", "kirgiska respublika");
  }

  @Test
  void aPositionEveryPathPassesThroughLeavesTheGraphToLucene() throws IOException {
    // Nur-Sultan's shape: "nur" then "sultan", both also inside one-word aliases, and a position
    // between "nur" and "sultan" that only a two-position token spans: no split, paths here.
    QueryTokens spanned =
        tokens(new Token("astana", 1, 2), new Token("nur", 0, 1), new Token("sultan", 1, 1));
    assertThat(paths(spanned)).containsExactly("astana", "nur sultan");

    // Two words, the first with an alias of two: position 2 splits the graph in two parts.
    QueryTokens split =
        tokens(
            new Token("odkb", 1, 2),
            new Token("kolektiv", 0, 1),
            new Token("dogovor", 1, 1),
            new Token("moskva", 1, 1));
    assertThat(split.alternatives()).isNull();
  }

  @Test
  void plainWordsAtSeveralPositionsAndGapsAreNoAlternatives() throws IOException {
    assertThat(tokens(new Token("central", 1, 1), new Token("asia", 1, 1)).alternatives()).isNull();
    assertThat(tokens(new Token("alias", 1, 3), new Token("gap", 0, 1), new Token("x", 2, 1)))
        .extracting(QueryTokens::alternatives)
        .isNull();
    assertThat(tokens().size()).isZero();
  }

  @Test
  void theReplayedTokensGiveLuceneTheSameStream() throws IOException {
    QueryTokens read =
        tokens(new Token("astana", 1, 2), new Token("nur", 0, 1), new Token("sultan", 1, 1));
    QueryTokens again = QueryTokens.read(read.replay());

    assertThat(paths(again)).isEqualTo(paths(read));
    assertThat(again.size()).isEqualTo(3);
    assertThat(again.term(2).utf8ToString()).isEqualTo("sultan");
  }

  /**
   * Every word of the bundled Kremlin articles' titles, each pair of neighbours, quoted and
   * hyphenated, and names with multi-word aliases: the parser's query equals, clause for clause and
   * in order, the one it makes when Lucene's {@code QueryBuilder} reads every analysis.
   */
  @Test
  void theParserBuildsTheQueriesLuceneWouldFromTheSameAnalysis() {
    Set<String> texts =
        new LinkedHashSet<>(
            List.of(
                "Kyrgyzstan",
                "Tajikistan OR Kyrgyzstan",
                "CSTO",
                "ОДКБ",
                "Collective Security Treaty Organization",
                "Nur-Sultan",
                "Ak-Orda",
                "\"Kyrgyz Republic\"",
                "\"Central Asia\"~2",
                "Kazakhstan",
                "Казахстан",
                "nuclear disarmament",
                "Emomali Rahmon"));
    for (Article article : TestCorpus.kremlin().subList(0, 150)) {
      String[] words = article.title().replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        texts.add(words[i]);
        if (i > 0) {
          texts.add(words[i - 1] + " " + words[i]);
          texts.add("\"" + words[i - 1] + " " + words[i] + "\"");
          texts.add(words[i - 1] + "-" + words[i]);
        }
      }
    }
    texts.removeIf(t -> t.isBlank() || t.replace("\"", "").isBlank());
    int compared = 0;
    for (String text : texts) {
      for (boolean exact : List.of(false, true)) {
        Query lucene;
        try {
          lucene = DragomanQueryParser.parse(text, analyzers, exact, false);
        } catch (QuerySyntaxException e) {
          continue;
        }
        Query once = DragomanQueryParser.parse(text, analyzers, exact, true);
        assertThat(once).as(text).isEqualTo(lucene);
        assertThat(once.toString()).as(text).isEqualTo(lucene.toString());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(2000);
  }
}
