package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dragoman.model.Article;
import org.dragoman.model.DatePrecision;
import org.dragoman.model.Granularity;
import org.dragoman.model.PeriodCount;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timeline counts matching articles per year or month, oldest first, with no gaps. */
class TimelineTest {

  @TempDir Path dir;

  private static Article dated(String id, String date) {
    return Article.builder().id(id).date(date).source("Test").body("Dushanbe talks " + id).build();
  }

  @Test
  void emptyPeriodsBetweenTheFirstAndTheLastAreFilledWithZero() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(
          List.of(
              dated("a", "2019-03-02"),
              dated("b", "2019-03-20"),
              dated("c", "2019-06"),
              dated("d", "2022"),
              dated("e", "2022-01-05"),
              Article.builder().id("undated").body("Dushanbe talks").build()));

      Timeline byYear = index.timeline(SearchRequest.of("Dushanbe"), Granularity.YEAR);
      assertThat(byYear.periods())
          .containsExactly(
              new PeriodCount("2019", 3),
              new PeriodCount("2020", 0),
              new PeriodCount("2021", 0),
              new PeriodCount("2022", 2));
      assertThat(byYear.total()).isEqualTo(6);
      assertThat(byYear.unplaced()).isEqualTo(1);

      Timeline byMonth = index.timeline(SearchRequest.of("Dushanbe"), Granularity.MONTH);
      assertThat(byMonth.periods()).hasSize(35); // 2019-03 .. 2022-01
      assertThat(byMonth.periods().get(0)).isEqualTo(new PeriodCount("2019-03", 2));
      assertThat(byMonth.periods().get(3)).isEqualTo(new PeriodCount("2019-06", 1));
      assertThat(byMonth.periods().get(34)).isEqualTo(new PeriodCount("2022-01", 1));
      assertThat(byMonth.periods().stream().mapToLong(PeriodCount::count).sum()).isEqualTo(4);
      // The year-only article of 2022 and the undated one are in no month.
      assertThat(byMonth.unplaced()).isEqualTo(2);
    }
  }

  @Test
  void theSeriesAgreesWithTheArticlesOfTheCorpus() throws IOException {
    DragomanIndex index = SharedCorpusIndex.index();
    Timeline timeline =
        index.timeline(SearchRequest.builder("*").source("Kremlin").build(), Granularity.YEAR);
    Map<String, Long> expected =
        SharedCorpusIndex.articles().stream()
            .filter(a -> "Kremlin".equals(a.source()) && a.date() != null)
            .collect(
                Collectors.groupingBy(
                    a -> Granularity.YEAR.label(a.date().firstDay()), Collectors.counting()));
    assertThat(timeline.periods())
        .filteredOn(p -> p.count() > 0)
        .extracting(PeriodCount::period, PeriodCount::count)
        .containsExactlyElementsOf(
            expected.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                .toList());
    assertThat(timeline.periods())
        .extracting(PeriodCount::period)
        .isSorted()
        .first()
        .isEqualTo(expected.keySet().stream().sorted().findFirst().orElseThrow());
  }

  @Test
  void theQueryAndFiltersDecideWhatIsCountedNotTheOrderOrPage() throws IOException {
    DragomanIndex index = SharedCorpusIndex.index();
    SearchRequest request = SearchRequest.builder("Rahmon").limit(1).build();
    Timeline timeline = index.timeline(request, Granularity.MONTH);
    long total = index.search(request.toBuilder().limit(0).build()).total();
    assertThat(timeline.total()).isEqualTo(total);
    long withMonth =
        SharedCorpusIndex.articles().stream()
            .filter(a -> a.date() != null && a.date().precision() != DatePrecision.YEAR)
            .count();
    assertThat(timeline.periods().stream().mapToLong(PeriodCount::count).sum())
        .isLessThanOrEqualTo(withMonth)
        .isEqualTo(total - timeline.unplaced());
  }

  @Test
  void aQueryWithoutDatedMatchesHasAnEmptySeries() throws IOException {
    Timeline none =
        SharedCorpusIndex.index().timeline(SearchRequest.of("xylophonequartet"), Granularity.YEAR);
    assertThat(none.periods()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void timelinesWithHolesOrDisorderAreRejected() {
    assertThatThrownBy(
            () ->
                new Timeline(
                    "q",
                    Granularity.YEAR,
                    List.of(new PeriodCount("2019", 1), new PeriodCount("2021", 1)),
                    2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period 2021 follows a gap or disorder: expected 2020");
    assertThatThrownBy(
            () -> new Timeline("q", Granularity.YEAR, List.of(new PeriodCount("2019", 5)), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total 4 is less than the 5 articles in periods");
  }

  @Test
  void monthLabelsRollOverTheYear() {
    assertThat(Granularity.MONTH.next("2019-12")).isEqualTo("2020-01");
    assertThat(Granularity.YEAR.next("1999")).isEqualTo("2000");
    assertThat(Granularity.parse(" Month ")).isEqualTo(Granularity.MONTH);
    assertThatThrownBy(() -> Granularity.parse("week"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("granularity week is not one of year, month");
    assertThatThrownBy(() -> Granularity.MONTH.next("2019"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period 2019 is not a month label");
  }
}
