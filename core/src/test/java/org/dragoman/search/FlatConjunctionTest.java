package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * A conjunction of words in the flat form (each word a filter, all field clauses one scored
 * disjunction) matches the same articles with the same scores as the nested form.
 */
class FlatConjunctionTest {

  private static final String[] QUERIES = {
    "alpha beta",
    "alpha beta gamma",
    "beta -gamma delta",
    "alpha omega title:T",
    "alpha",
    "gamma OR delta"
  };

  @Test
  void requiresEachWordThroughAFilterAndScoresAllFieldClausesTogether() {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      BooleanQuery flat =
          (BooleanQuery)
              FlatConjunction.of(DragomanQueryParser.parse("Tokayev Dushanbe", analyzers, false));
      List<Query> words =
          flat.clauses().stream()
              .filter(c -> c.occur() == BooleanClause.Occur.FILTER)
              .map(BooleanClause::query)
              .toList();
      assertThat(words).hasSize(2);
      // The scored clauses are the words' own clauses (their fields and variants), side by side.
      assertThat(
              flat.clauses().stream()
                  .filter(c -> c.occur() == BooleanClause.Occur.SHOULD)
                  .map(BooleanClause::query)
                  .toList())
          .isEqualTo(
              words.stream()
                  .flatMap(w -> ((BooleanQuery) w).clauses().stream())
                  .map(BooleanClause::query)
                  .toList());
      assertThat(flat.clauses()).noneMatch(c -> c.occur() == BooleanClause.Occur.MUST);
    }
  }

  @Test
  void flattensTheWordsInsideTheRequestFiltersAndKeepsTheFilters() {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      Query parsed = DragomanQueryParser.parse("Tokayev Dushanbe", analyzers, false);
      SearchRequest request =
          SearchRequest.builder("Tokayev Dushanbe").source("kazinform").lang("en").build();
      BooleanQuery flat = (BooleanQuery) FlatConjunction.of(RequestFilters.apply(parsed, request));
      BooleanQuery alone = (BooleanQuery) FlatConjunction.of(parsed);
      // The words' filters and scored clauses, then the request's source and language filters.
      assertThat(flat.clauses()).hasSize(alone.clauses().size() + 2);
      assertThat(flat.clauses().subList(0, alone.clauses().size()))
          .containsExactlyElementsOf(alone.clauses());
      assertThat(flat.clauses().subList(alone.clauses().size(), flat.clauses().size()))
          .allMatch(c -> c.occur() == BooleanClause.Occur.FILTER)
          .extracting(c -> c.query().toString())
          .containsExactly("source:kazinform", "lang:en");
    }
  }

  @Test
  void leavesALoneWordAndADisjunctionOfWordsAsTheyAre() {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (String text : new String[] {"Tokayev", "Tokayev OR Rahmon"}) {
        Query parsed = DragomanQueryParser.parse(text, analyzers, false);
        assertThat(FlatConjunction.of(parsed)).as(text).isSameAs(parsed);
        Query filtered =
            RequestFilters.apply(parsed, SearchRequest.builder(text).lang("en").build());
        assertThat(FlatConjunction.of(filtered)).as(text).isSameAs(filtered);
      }
    }
  }

  @Test
  void matchesAndScoresAsTheNestedFormOnRandomIndexes() throws IOException {
    RandomArticleIndex.check(
        4,
        (searcher, analyzers, random, ids, where) -> {
          for (String text : QUERIES) {
            Query nested =
                IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false));
            Map<Integer, Float> expected = allScores(searcher, nested);
            Map<Integer, Float> actual = allScores(searcher, FlatConjunction.of(nested));
            assertThat(actual.keySet()).as(where + " " + text).isEqualTo(expected.keySet());
            expected.forEach(
                (doc, score) ->
                    assertThat(actual.get(doc))
                        .as(where + " " + text)
                        .isCloseTo(score, within(1e-5f)));
          }
        });
  }

  private static Map<Integer, Float> allScores(IndexSearcher searcher, Query query)
      throws IOException {
    int all = Math.max(1, searcher.getIndexReader().maxDoc());
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit :
        searcher.search(query, new TopScoreDocCollectorManager(all, null, Integer.MAX_VALUE))
            .scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }
}
