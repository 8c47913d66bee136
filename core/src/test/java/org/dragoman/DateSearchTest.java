package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates known to the day, the month or the year are periods; a date query or filter matches every
 * article whose period shares a day with the range asked for.
 */
class DateSearchTest {

  @TempDir static Path dir;
  static DragomanIndex index;

  @BeforeAll
  static void indexArticles() throws IOException {
    index = DragomanIndex.open(dir.resolve("index"));
    index.addArticles(
        List.of(
            article("year-2019", "2019"),
            article("month-2019-06", "2019-06"),
            article("day-2019-06-30", "2019-06-30"),
            article("day-2019-07-01", "2019-07-01"),
            article("year-2020", "2020"),
            article("undated", null)));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Article article(String id, String date) {
    return Article.builder()
        .id(id)
        .date(date)
        .title("Summit")
        .body("Leaders met at the summit.")
        .build();
  }

  private static List<String> ids(SearchRequest request) throws IOException {
    return index.search(request.toBuilder().limit(100).build()).hits().stream()
        .map(SearchHit::id)
        .sorted()
        .toList();
  }

  private static List<String> ids(String query) throws IOException {
    return ids(SearchRequest.of(query));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "date:2019; day-2019-06-30 day-2019-07-01 month-2019-06 year-2019",
        "date:2019-06; day-2019-06-30 month-2019-06 year-2019",
        "date:2019-06-30; day-2019-06-30 month-2019-06 year-2019",
        "date:2019-07; day-2019-07-01 year-2019",
        "date:2019-06-29; month-2019-06 year-2019",
        "date:2020-02-29; year-2020",
        "date:2018; ",
        "date:[2019-06 TO 2019-12]; day-2019-06-30 day-2019-07-01 month-2019-06 year-2019",
        "date:[2019-07-01 TO 2020-01]; day-2019-07-01 year-2019 year-2020",
        "date:[2019-12-31 TO 2020-01-01]; year-2019 year-2020",
        "date:[2020 TO *]; year-2020",
        "date:[* TO 2019-06-01]; month-2019-06 year-2019",
        "date:{2019-06 TO 2020}; day-2019-07-01 year-2019",
        "summit -date:2019; undated year-2020",
      })
  void overlapSemantics(String query, String expected) throws IOException {
    List<String> want = expected == null ? List.of() : List.of(expected.strip().split(" "));
    assertThat(ids(query)).isEqualTo(want.stream().sorted().toList());
  }

  @Test
  void fromAndToFiltersUseTheSameOverlap() throws IOException {
    SearchRequest june =
        SearchRequest.builder("summit")
            .from(ArticleDate.parse("2019-06"))
            .to(ArticleDate.parse("2019-06"))
            .build();
    assertThat(ids(june)).containsExactly("day-2019-06-30", "month-2019-06", "year-2019");

    SearchRequest since =
        SearchRequest.builder("summit").from(ArticleDate.parse("2019-07")).build();
    assertThat(ids(since)).containsExactly("day-2019-07-01", "year-2019", "year-2020");

    SearchRequest until =
        SearchRequest.builder("summit").to(ArticleDate.parse("2019-05-31")).build();
    assertThat(ids(until)).containsExactly("year-2019");
  }

  @Test
  void hitsShowTheDateAsWritten() throws IOException {
    SearchHit hit = index.search(SearchRequest.of("id:month-2019-06")).hits().get(0);
    assertThat(hit.date()).isEqualTo(ArticleDate.parse("2019-06"));
    assertThat(index.search(SearchRequest.of("id:undated")).hits().get(0).date()).isNull();
  }

  @Test
  void yearOnlyUnStatementsOf2019AreFoundByAMonthRange(@TempDir Path other) throws IOException {
    List<Article> statements = TestCorpus.ungdc();
    long of2019 = statements.stream().filter(a -> a.date().toString().equals("2019")).count();
    try (DragomanIndex un = DragomanIndex.open(other)) {
      un.addArticles(statements);
      List<SearchHit> hits =
          un.search(SearchRequest.builder("date:[2019-06 TO 2019-12]").limit(100).build()).hits();
      assertThat(hits).hasSize((int) of2019).isNotEmpty();
      assertThat(hits).allSatisfy(h -> assertThat(h.date()).hasToString("2019"));
      assertThat(un.search(SearchRequest.of("Tajikistan date:[2019-06 TO 2019-12]")).total())
          .isPositive();
    }
  }
}
