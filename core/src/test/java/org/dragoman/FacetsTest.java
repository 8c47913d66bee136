package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.DatePrecision;
import org.dragoman.model.FacetCount;
import org.dragoman.model.Facets;
import org.dragoman.model.Granularity;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * Facets count all matching articles by source, year, month and language, whatever page, order or
 * filter is asked, and agree with what the articles say.
 */
class FacetsTest {

  private final DragomanIndex index = SharedCorpusIndex.index();

  private static Facets facets(SearchRequest.Builder request) throws IOException {
    return SharedCorpusIndex.index().search(request.facets(true).build()).facets();
  }

  /** The counts per value that the articles themselves give, in Facets' order. */
  private static List<FacetCount> expected(
      Predicate<Article> matching, Function<Article, String> value) {
    Map<String, Long> counts =
        SharedCorpusIndex.articles().stream()
            .filter(matching)
            .filter(a -> value.apply(a) != null)
            .collect(Collectors.groupingBy(value, Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .sorted(Facets.ORDER)
        .toList();
  }

  private static String year(Article a) {
    return a.date() == null ? null : Granularity.YEAR.label(a.date().firstDay());
  }

  private static String month(Article a) {
    return a.date() == null || a.date().precision() == DatePrecision.YEAR
        ? null
        : Granularity.MONTH.label(a.date().firstDay());
  }

  private static String lang(Article a) {
    return a.lang() == null ? null : a.lang().toLowerCase(Locale.ROOT);
  }

  @Test
  void allArticlesAreCountedBySourceYearMonthAndLanguage() throws IOException {
    Facets facets = facets(SearchRequest.builder("*"));
    Predicate<Article> all = a -> true;
    assertThat(facets.source()).isEqualTo(expected(all, Article::source));
    assertThat(facets.year()).isEqualTo(expected(all, FacetsTest::year));
    assertThat(facets.month()).isEqualTo(expected(all, FacetsTest::month));
    assertThat(facets.lang()).isEqualTo(expected(all, FacetsTest::lang));
    assertThat(facets.source())
        .extracting(FacetCount::value)
        .contains("Kremlin", "UN General Debate", "Kazinform", "Meduza");
  }

  @Test
  void filtersNarrowTheFacetsLikeTheHits() throws IOException {
    ArticleDate from = ArticleDate.parse("2010");
    ArticleDate to = ArticleDate.parse("2015-06");
    Facets facets = facets(SearchRequest.builder("*").source("kremlin").from(from).to(to));
    Predicate<Article> matching =
        a ->
            "Kremlin".equals(a.source())
                && a.date() != null
                && a.date().overlaps(from.firstDay(), to.lastDay());
    assertThat(facets.source()).containsExactly(new FacetCount("Kremlin", count(matching)));
    assertThat(facets.year()).isEqualTo(expected(matching, FacetsTest::year));
    assertThat(facets.month()).isEqualTo(expected(matching, FacetsTest::month));
    assertThat(facets.year())
        .extracting(FacetCount::value)
        .allMatch(y -> y.compareTo("2010") >= 0 && y.compareTo("2015") <= 0);
  }

  @Test
  void yearOnlyDatesCountByYearButNotByMonth() throws IOException {
    Facets facets = facets(SearchRequest.builder("*").source("UN General Debate"));
    long un = count(a -> "UN General Debate".equals(a.source()));
    assertThat(facets.year().stream().mapToLong(FacetCount::count).sum()).isEqualTo(un);
    assertThat(facets.month()).isEmpty();
  }

  @Test
  void eachCountIsTheTotalOfTheQueryFilteredToThatValue() throws IOException {
    SearchResult result = index.search(SearchRequest.builder("Rahmon").facets(true).build());
    assertThat(result.facets().source()).isNotEmpty();
    for (FacetCount source : result.facets().source()) {
      long filtered =
          index
              .search(SearchRequest.builder("Rahmon").source(source.value()).limit(0).build())
              .total();
      assertThat(filtered).as(source.value()).isEqualTo(source.count());
    }
    for (FacetCount year : result.facets().year()) {
      long inYear =
          index
              .search(SearchRequest.builder("Rahmon date:" + year.value()).limit(0).build())
              .total();
      assertThat(inYear).as(year.value()).isEqualTo(year.count());
    }
    long sourced = result.facets().source().stream().mapToLong(FacetCount::count).sum();
    assertThat(sourced).isEqualTo(result.total());
  }

  @Test
  void mostFrequentComeFirstThenByValue() throws IOException {
    Facets facets = facets(SearchRequest.builder("Tajikistan"));
    for (List<FacetCount> dimension :
        List.of(facets.source(), facets.year(), facets.month(), facets.lang())) {
      assertThat(dimension).isSortedAccordingTo(Facets.ORDER);
    }
    assertThat(facets.year().get(0).count())
        .isEqualTo(facets.year().stream().mapToLong(FacetCount::count).max().orElseThrow());
  }

  @Test
  void facetsCoverAllMatchesWhateverThePageOrderOrCursor() throws IOException {
    Facets firstPage = facets(SearchRequest.builder("Tajikistan").limit(3));
    SearchResult newest =
        index.search(
            SearchRequest.builder("Tajikistan")
                .sort(SortOrder.NEWEST)
                .limit(3)
                .facets(true)
                .build());
    SearchResult countOnly =
        index.search(SearchRequest.builder("Tajikistan").limit(0).facets(true).build());
    SearchResult nextPage =
        index.search(
            SearchRequest.builder("Tajikistan")
                .sort(SortOrder.NEWEST)
                .limit(3)
                .cursor(newest.nextCursor())
                .facets(true)
                .build());
    assertThat(newest.facets()).isEqualTo(firstPage);
    assertThat(countOnly.facets()).isEqualTo(firstPage);
    assertThat(nextPage.facets()).isEqualTo(firstPage);
    assertThat(newest.total()).isEqualTo(countOnly.total()).isEqualTo(nextPage.total());
    assertThat(firstPage.source().stream().mapToLong(FacetCount::count).sum())
        .isEqualTo(countOnly.total());
  }

  @Test
  void noFacetsUnlessAsked() throws IOException {
    assertThat(index.search(SearchRequest.of("Tajikistan")).facets()).isNull();
  }

  @Test
  void aQueryWithoutMatchesHasEmptyFacets() throws IOException {
    Facets none = facets(SearchRequest.builder("xylophonequartet"));
    assertThat(none).isEqualTo(new Facets(List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void facetValuesAreValidated() {
    assertThatThrownBy(() -> new FacetCount("Kremlin", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count 0 of Kremlin is less than 1");
    List<FacetCount> twice = List.of(new FacetCount("2019", 1), new FacetCount("2019", 2));
    assertThatThrownBy(() -> new Facets(List.of(), twice, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("facet year repeats a value");
  }

  private static long count(Predicate<Article> matching) {
    return SharedCorpusIndex.articles().stream().filter(matching).count();
  }
}
