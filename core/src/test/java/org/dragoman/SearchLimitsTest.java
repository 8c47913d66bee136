package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dragoman.model.Article;
import org.dragoman.model.SearchRequest;
import org.dragoman.search.QuerySyntaxException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No search hangs or fails obscurely: time limits and query-size limits are clear errors. */
class SearchLimitsTest {

  @TempDir static Path dir;

  private static DragomanIndex index;

  @BeforeAll
  static void indexSomeArticles() throws IOException {
    index = DragomanIndex.open(dir);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      articles.add(
          Article.builder()
              .id("a" + i)
              .title("Tokayev meets Rahmon, part " + i)
              .body("Tokayev and Rahmon discussed water, energy and trade item" + i + ".")
              .build());
    }
    index.addArticles(articles);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aSearchWithinItsTimeIsAnsweredInFull() throws IOException {
    assertThat(index.search(SearchRequest.of("Tokayev"), Duration.ofSeconds(10)).total())
        .isEqualTo(300);
  }

  @Test
  void aSearchOverItsTimeFailsInsteadOfReturningPartialHits() {
    // One nanosecond is over before the first block of documents is scored.
    assertThatThrownBy(() -> index.search(SearchRequest.of("Tokayev"), Duration.ofNanos(1)))
        .isInstanceOf(SearchTimeoutException.class)
        .hasMessage(
            "query Tokayev took longer than the timeout of 1 ns: narrow it (fewer wildcards or"
                + " fuzzy words, a date range) or allow more time")
        .satisfies(e -> assertThat(((SearchTimeoutException) e).timeout()).hasNanos(1));
  }

  @Test
  void aTimeoutOfOneSearchDoesNotLimitTheNext() throws IOException {
    assertThatThrownBy(() -> index.search(SearchRequest.of("Rahmon"), Duration.ofNanos(1)))
        .isInstanceOf(SearchTimeoutException.class);
    assertThat(index.search(SearchRequest.of("Rahmon")).total()).isEqualTo(300);
  }

  @Test
  void aTimeoutMustBePositive() {
    assertThatThrownBy(() -> index.search(SearchRequest.of("Tokayev"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout PT0S is not a positive duration");
  }

  @Test
  void aQueryOfTenThousandWordsIsRejectedWithAShortMessage() {
    String words =
        IntStream.range(0, 10_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

    assertThatThrownBy(() -> index.search(SearchRequest.of(words)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageStartingWith("query word0 word1 word2")
        .hasMessageContaining("(" + words.length() + " characters)")
        .hasMessageContaining("more than 1024 clauses")
        .hasMessageEndingWith("use fewer words")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void aGroupThatExpandsBeyondTheClauseLimitIsRejectedNotACrash() {
    // 600 words in one group are 600 clauses when parsed, 1,200 once each is searched in title
    // and body: Lucene finds out only when the search runs.
    String group =
        IntStream.range(0, 600).mapToObj(i -> "word" + i).collect(Collectors.joining(" OR "));

    assertThatThrownBy(() -> index.search(SearchRequest.of("Tokayev (" + group + ")")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("is too large: it expands to more than 1024 clauses");
  }

  @Test
  void deeplyNestedGroupsAreRejectedBeforeTheParserRecurses() {
    String nested = "(".repeat(10_000) + "Tokayev" + ")".repeat(10_000);

    assertThatThrownBy(() -> index.search(SearchRequest.of(nested)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("nests groups more than 100 deep");
  }
}
