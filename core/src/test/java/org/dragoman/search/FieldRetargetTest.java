package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.dragoman.analysis.DragomanAnalyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query analysed for one field, renamed to another, equals the query analysed for that one. */
class FieldRetargetTest {

  static DragomanAnalyzers analyzers;

  @BeforeAll
  static void open() {
    analyzers = DragomanAnalyzers.standard();
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  private static QueryBuilder builder() {
    QueryBuilder builder = new QueryBuilder(analyzers.queryAnalyzer());
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return builder;
  }

  @Test
  void namesQueriesWithSynonymsPhrasesAndAliasGraphsRenameExactly() {
    List<String> texts =
        List.of(
            "Kazakhstan",
            "Kyrgyzstan",
            "Казахстан",
            "ОДКБ",
            "Tokayev Rahmon",
            "Nur-Sultan",
            "CSTO");
    for (String text : texts) {
      for (BooleanClause.Occur occur :
          List.of(BooleanClause.Occur.SHOULD, BooleanClause.Occur.MUST)) {
        Query title = builder().createBooleanQuery(DragomanAnalyzers.TITLE_NAMES, text, occur);
        Query body = builder().createBooleanQuery(DragomanAnalyzers.BODY_NAMES, text, occur);

        assertThat(FieldRetarget.to(title, DragomanAnalyzers.BODY_NAMES)).as(text).isEqualTo(body);
      }
      Query titlePhrase = builder().createPhraseQuery(DragomanAnalyzers.TITLE_NAMES, text, 2);
      Query bodyPhrase = builder().createPhraseQuery(DragomanAnalyzers.BODY_NAMES, text, 2);
      assertThat(FieldRetarget.to(titlePhrase, DragomanAnalyzers.BODY_NAMES))
          .as(text)
          .isEqualTo(bodyPhrase);
    }
  }

  @Test
  void englishQueriesRenameExactly() {
    for (String text : List.of("nuclear disarmament", "Central Asia", "presidents' talks")) {
      Query title = builder().createBooleanQuery("title", text, BooleanClause.Occur.MUST);
      Query body = builder().createBooleanQuery("body", text, BooleanClause.Occur.MUST);

      assertThat(FieldRetarget.to(title, "body")).as(text).isEqualTo(body);
    }
  }

  @Test
  void anUnknownKindOfQueryIsNotRenamed() {
    assertThat(
            FieldRetarget.to(
                new WildcardQuery(new org.apache.lucene.index.Term("title", "tok*")), "body"))
        .isNull();
  }
}
