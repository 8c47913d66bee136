package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the query syntax accepts, and the errors that name what is wrong. The syntax is shown over
 * the two stored text fields with English analysis, so the expected queries stay readable; the name
 * fields join the same structure (see the last tests).
 */
class QuerySyntaxTest {

  static DragomanAnalyzers analyzers;
  static DragomanAnalyzers withNames;

  @BeforeAll
  static void open() {
    Analyzer english = new EnglishAnalyzer();
    analyzers =
        DragomanAnalyzers.of(
            List.of(
                new FullTextField("title", ArticleText.TITLE, 2f, false),
                new FullTextField("body", ArticleText.BODY, 1f, false)),
            Map.of("title", english, "body", english));
    withNames = DragomanAnalyzers.standard();
  }

  @AfterAll
  static void close() {
    analyzers.close();
    withNames.close();
  }

  private static String parse(String text) {
    return DragomanQueryParser.parse(text, analyzers, false).toString();
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                          | query is empty",
        "'   '                       | query is empty",
        "'\"Tokayev Rahmon'          | unbalanced quotes",
        "'Tokayev \"Rahmon\" \"'     | a \" is not closed",
        "'(Tokayev OR Rahmon'        | a ( is not closed",
        "'Tokayev) Rahmon'           | the ) at position 8 has no matching (",
        "'date:[foo TO bar]'         | date foo is not YYYY, YYYY-MM or YYYY-MM-DD",
        "'date:2024-13'              | date 2024-13 is not YYYY, YYYY-MM or YYYY-MM-DD",
        "'date:[2024 TO 2019-02-30]' | date 2019-02-30 is not",
        "'date:[2024 TO 2019]'       | date range [2024 TO 2019] ends before it starts",
        "'*kayev'                    | leading wildcard in *kayev",
        "'?okayev'                   | leading wildcard in ?okayev",
        "'country:kz'                | unknown field country",
        "'title:[a TO b]'            | works on date only",
        "'source:Kaz*'               | pattern Kaz* works on text only",
        "'Tokayev AND'               | does not parse",
      })
  void badQueriesNameTheProblem(String query, String message) {
    assertThatThrownBy(() -> parse(query))
        .isInstanceOf(QuerySyntaxException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void everyWordIsRequiredInAnyTextField() {
    assertThat(parse("Tokayev Dushanbe"))
        .isEqualTo("+((title:tokayev)^2.0 body:tokayev) +((title:dushanb)^2.0 body:dushanb)");
  }

  @Test
  void fieldedTextSearchesOneText() {
    assertThat(parse("title:Tokayev")).isEqualTo("(title:tokayev)^2.0");
    assertThat(parse("body:Tokayev")).isEqualTo("body:tokayev");
    assertThat(parse("Title:Tokayev")).isEqualTo("(title:tokayev)^2.0");
  }

  @Test
  void phrasesAndHyphenatedNamesArePhrases() {
    assertThat(parse("\"state visit\"")).contains("body:\"state visit\"");
    assertThat(parse("Kassym-Jomart")).contains("body:\"kassym jomart\"");
    assertThat(parse("\"state visit\"~3")).contains("body:\"state visit\"~3");
  }

  @Test
  void keywordFieldsMatchWholeValuesInAnyCase() {
    assertThat(parse("source:Kazinform")).isEqualTo("source:kazinform");
    assertThat(parse("source:\"UN General Debate\"")).isEqualTo("source:un general debate");
    assertThat(parse("lang:EN")).isEqualTo("lang:en");
    assertThat(parse("id:Kremlin-EN-1")).isEqualTo("id:Kremlin-EN-1");
  }

  @Test
  void booleanOperators() {
    assertThat(parse("Tokayev OR Rahmon"))
        .isEqualTo("((title:tokayev)^2.0 body:tokayev) ((title:rahmon)^2.0 body:rahmon)");
    assertThat(parse("Tokayev -Putin")).startsWith("+(").contains("-((title:putin)^2.0");
    assertThat(parse("Tokayev NOT Putin")).isEqualTo(parse("Tokayev -Putin"));
    assertThat(parse("-Putin")).contains("#*:*");
  }

  @Test
  void starMatchesEverything() {
    Query all = DragomanQueryParser.parse("*", analyzers, false);
    assertThat(all).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(DragomanQueryParser.parse("*:*", analyzers, false))
        .isInstanceOf(MatchAllDocsQuery.class);
  }

  @Test
  void nameFieldsJoinEveryWordAndTheWholeRunMatchesWithAliases() {
    String query = DragomanQueryParser.parse("Tokayev Nur-Sultan", withNames, false).toString();

    assertThat(query)
        .contains("title.names:tokaev")
        .contains("body:\"nur sultan\"")
        .contains("body.names:astana");
  }

  @Test
  void aRunWithoutAliasIsAConjunctionOfItsWordsAtTheTop() {
    Query query = DragomanQueryParser.parse("nuclear disarmament", withNames, false);

    // A top-level conjunction is what lets Lucene skip with block-max scores.
    assertThat(query).isInstanceOf(BooleanQuery.class);
    List<BooleanClause> clauses = ((BooleanQuery) query).clauses();
    assertThat(clauses).hasSize(2).allMatch(c -> c.occur() == BooleanClause.Occur.MUST);
    assertThat(clauses.get(0).query().toString()).contains("body:nuclear");
    assertThat(clauses.get(1).query().toString()).contains("body:disarma");
  }

  @Test
  void theOtherCaseOfAWordInARunIsSearchedOnlyWhenItHasKeysOfItsOwn() {
    // nuclear keys as _nuklear and nuklear, Nuclear as nuklear only: nothing to add.
    String common = DragomanQueryParser.parse("nuclear disarmament", withNames, false).toString();
    // Duma keys as duma, duma as _duma too: Russian "государственная дума" is found by "State
    // Duma".
    String name = DragomanQueryParser.parse("Tokayev Duma", withNames, false).toString();

    assertThat(common).doesNotContain("(title.names:nuklear (body.names:nuklear)^0.5)");
    assertThat(name).contains("title.names:_duma");
  }

  @Test
  void aRunWithAMultiWordAliasKeepsTheWholeRunInTheNameFields() {
    Query query =
        DragomanQueryParser.parse("Collective Security Treaty Organization", withNames, false);

    assertThat(query.toString()).contains("body.names:odkb").contains("title.names:odkb");
  }

  @Test
  void exactModeAndTheExactFieldLeaveOutNameVariants() {
    String exact = DragomanQueryParser.parse("Tokayev", withNames, true).toString();
    String fielded = DragomanQueryParser.parse("exact:Tokayev", withNames, false).toString();

    assertThat(exact).isEqualTo("(title:tokayev)^2.0 body:tokayev");
    assertThat(fielded).isEqualTo(exact);
    assertThat(DragomanQueryParser.parse("Tokayev", withNames, false).toString())
        .contains("title.names:tokaev");
  }

  @Test
  void aNextWordWithoutNameKeysAddsNoInitialPhrase() {
    // "Kazakhstan's" with its apostrophe dropped: "s" has no keys for Kazakhstan's initial to
    // precede, and a phrase with an empty position breaks Lucene's toString and explain.
    Query query = DragomanQueryParser.parse("Kazakhstan s", withNames, false);

    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            assertThat(terms).as("a position of %s", leaf.getClass().getSimpleName()).isNotEmpty();
          }
        });
    assertThat(query.toString()).contains("title.names:kasahstan");
  }

  @Test
  void trailingWildcardIsAPrefix() {
    assertThat(parse("Toka*")).isEqualTo("(title:toka*)^2.0 body:toka*");
  }
}
