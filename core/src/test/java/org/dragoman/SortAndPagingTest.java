package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Orders, offsets and cursors over the Kremlin and UN corpora (dated to the day and the year). */
class SortAndPagingTest {

  @TempDir static Path dir;
  static DragomanIndex index;
  static long matching;

  @BeforeAll
  static void indexCorpus() throws IOException {
    index = DragomanIndex.open(dir.resolve("index"), DragomanOptions.defaults().withThreads(2));
    List<Article> articles = new ArrayList<>(TestCorpus.kremlin());
    articles.addAll(TestCorpus.ungdc());
    // Undated articles go last in both date orders.
    articles.add(Article.builder().id("undated-1").body("Tajikistan, undated").build());
    articles.add(Article.builder().id("undated-2").body("Tajikistan, also undated").build());
    index.addArticles(articles);
    matching = index.search(SearchRequest.builder("Tajikistan").limit(0).build()).total();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void totalIsExactBeyondAThousand() throws IOException {
    SearchResult all = index.search(SearchRequest.builder("*").limit(1).build());
    assertThat(all.total()).isEqualTo(605 + 188 + 2);
    assertThat(matching).isGreaterThan(100);
  }

  @Test
  void newestFirstReturnsDescendingDatesThenUndated() throws IOException {
    List<SearchHit> hits =
        index
            .search(SearchRequest.builder("Tajikistan").sort(SortOrder.NEWEST).limit(1000).build())
            .hits();
    assertThat(hits).hasSize((int) matching);
    List<SearchHit> dated = hits.subList(0, hits.size() - 2);
    assertThat(dated)
        .extracting(h -> h.date().firstDay())
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(hits.subList(hits.size() - 2, hits.size()))
        .extracting(SearchHit::id)
        .containsExactly("undated-1", "undated-2");
    assertThat(hits.get(0).score()).isPositive();
  }

  @Test
  void oldestFirstReturnsAscendingDatesThenUndated() throws IOException {
    List<SearchHit> hits =
        index
            .search(SearchRequest.builder("Tajikistan").sort(SortOrder.OLDEST).limit(1000).build())
            .hits();
    assertThat(hits.subList(0, hits.size() - 2)).extracting(h -> h.date().firstDay()).isSorted();
    assertThat(hits.get(0).date()).isEqualTo(ArticleDate.parse("1992"));
    assertThat(hits.get(hits.size() - 1).date()).isNull();
  }

  @Test
  void relevanceOrdersByScore() throws IOException {
    List<SearchHit> hits =
        index.search(SearchRequest.builder("Tajikistan Rahmon").limit(50).build()).hits();
    assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void offsetPagingReturnsEveryHitExactlyOnce(SortOrder order) throws IOException {
    List<String> seen = new ArrayList<>();
    for (int offset = 0; offset < matching + 7; offset += 7) {
      SearchResult page =
          index.search(
              SearchRequest.builder("Tajikistan").sort(order).limit(7).offset(offset).build());
      assertThat(page.total()).isEqualTo(matching);
      page.hits().forEach(h -> seen.add(h.id()));
    }
    assertThat(seen).hasSize((int) matching).doesNotHaveDuplicates();
    assertThat(seen).isEqualTo(allIds(order));
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void cursorPagingReturnsEveryHitExactlyOnce(SortOrder order) throws IOException {
    List<String> seen = new ArrayList<>();
    SearchRequest request = SearchRequest.builder("Tajikistan").sort(order).limit(9).build();
    int pages = 0;
    while (true) {
      SearchResult page = index.search(request);
      assertThat(page.total()).isEqualTo(matching);
      page.hits().forEach(h -> seen.add(h.id()));
      pages++;
      if (page.nextCursor() == null) {
        break;
      }
      assertThat(page.hits()).hasSize(9);
      request = request.toBuilder().cursor(page.nextCursor()).build();
    }
    assertThat(pages).isEqualTo((int) ((matching + 8) / 9));
    assertThat(seen).isEqualTo(allIds(order));
    assertThat(new HashSet<>(seen)).hasSize((int) matching);
  }

  @Test
  void lastPageHasNoCursor() throws IOException {
    SearchResult all = index.search(SearchRequest.builder("Tajikistan").limit(1000).build());
    assertThat(all.nextCursor()).isNull();
    SearchResult exact =
        index.search(SearchRequest.builder("Tajikistan").limit((int) matching).build());
    assertThat(exact.nextCursor()).isNull();
  }

  @Test
  void malformedCursorIsRejected() throws IOException {
    for (String bad : List.of("not a cursor!", "Zm9vYmFy", "djF8TkVXRVNUfHh8aWQ")) {
      SearchRequest request = SearchRequest.builder("Tajikistan").cursor(bad).build();
      assertThatThrownBy(() -> index.search(request))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cursor " + bad);
    }
  }

  @Test
  void cursorOfAnotherOrderIsRejected() throws IOException {
    String cursor =
        index
            .search(SearchRequest.builder("Tajikistan").sort(SortOrder.NEWEST).limit(5).build())
            .nextCursor();
    SearchRequest relevance =
        SearchRequest.builder("Tajikistan").sort(SortOrder.RELEVANCE).cursor(cursor).build();
    assertThatThrownBy(() -> index.search(relevance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("made for sort newest");
  }

  @Test
  void limitZeroGivesOnlyTheTotal() throws IOException {
    SearchResult result = index.search(SearchRequest.builder("Tajikistan").limit(0).build());
    assertThat(result.hits()).isEmpty();
    assertThat(result.total()).isEqualTo(matching);
  }

  private static List<String> allIds(SortOrder order) throws IOException {
    List<String> ids =
        index
            .search(SearchRequest.builder("Tajikistan").sort(order).limit(1000).build())
            .hits()
            .stream()
            .map(SearchHit::id)
            .toList();
    Set<String> distinct = new HashSet<>(ids);
    assertThat(distinct).hasSize(ids.size());
    return ids;
  }
}
