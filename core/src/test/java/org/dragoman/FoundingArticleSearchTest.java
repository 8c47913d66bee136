package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The founding Kazinform article among the Kremlin news: found by names, source and date. */
class FoundingArticleSearchTest {

  @TempDir static Path dir;
  static DragomanIndex index;

  @BeforeAll
  static void indexCorpus() throws IOException {
    index = DragomanIndex.open(dir.resolve("index"), DragomanOptions.defaults().withThreads(2));
    List<Article> articles = new ArrayList<>(TestCorpus.kremlin());
    articles.add(TestCorpus.kazinform());
    index.addArticles(articles);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(String query) throws IOException {
    return index.search(SearchRequest.builder(query).limit(1000).build()).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tokayev",
        "Rahmon",
        "Dushanbe",
        "source:kazinform",
        "source:KAZINFORM",
        "date:2024-08",
        "date:2024",
        "date:2024-08-22",
        "\"Kassym-Jomart Tokayev\"",
        "title:Tajikistan Tokayev",
        "Tokayev Rahmon Dushanbe",
        "cites:akorda",
        "lang:EN Tokayev"
      })
  void findsTheFoundingArticle(String query) throws IOException {
    assertThat(ids(query)).contains(TestCorpus.KAZINFORM_ID);
  }

  @Test
  void everyWordMustMatch() throws IOException {
    assertThat(ids("Tokayev Rahmon")).contains(TestCorpus.KAZINFORM_ID);
    assertThat(ids("Tokayev Rahmon Lukashenko")).doesNotContain(TestCorpus.KAZINFORM_ID);
    assertThat(ids("Tokayev OR Lukashenko")).contains(TestCorpus.KAZINFORM_ID);
  }

  @Test
  void negationExcludes() throws IOException {
    assertThat(ids("Tokayev -Rahmon")).doesNotContain(TestCorpus.KAZINFORM_ID);
    assertThat(ids("Tokayev NOT Rahmon")).doesNotContain(TestCorpus.KAZINFORM_ID);
    assertThat(ids("Tokayev (Lukashenko OR Rahmon)")).contains(TestCorpus.KAZINFORM_ID);
    // Only a negation: every article except those.
    long all = index.search(SearchRequest.builder("*").limit(0).build()).total();
    long kremlin = index.search(SearchRequest.builder("source:kremlin").limit(0).build()).total();
    List<String> notKremlin = ids("-source:kremlin");
    assertThat(notKremlin).contains(TestCorpus.KAZINFORM_ID).hasSize((int) (all - kremlin));
    assertThat(kremlin).isPositive();
    assertThat(all).isEqualTo(TestCorpus.kremlin().size() + 1);
  }

  @Test
  void otherSourcesAndDatesDoNotMatch() throws IOException {
    assertThat(ids("source:kazinform")).containsExactly(TestCorpus.KAZINFORM_ID);
    assertThat(ids("Tokayev date:2024-07")).doesNotContain(TestCorpus.KAZINFORM_ID);
    assertThat(ids("Tokayev source:kremlin")).doesNotContain(TestCorpus.KAZINFORM_ID);
  }

  @Test
  void hitCarriesStoredFieldsAndHighlightedSnippet() throws IOException {
    SearchResult result = index.search(SearchRequest.of("Dushanbe source:kazinform"));
    assertThat(result.total()).isEqualTo(1);
    SearchHit hit = result.hits().get(0);
    assertThat(hit.id()).isEqualTo(TestCorpus.KAZINFORM_ID);
    assertThat(hit.source()).isEqualTo("Kazinform");
    assertThat(hit.date()).hasToString("2024-08-22");
    assertThat(hit.title()).startsWith("Presidents of Kazakhstan and Tajikistan");
    assertThat(hit.score()).isPositive();
    assertThat(hit.snippet()).contains("<mark>Dushanbe</mark>").doesNotContain("\n");
    assertThat(hit.snippet().length()).isLessThan(600);
  }

  @Test
  void snippetIsTheStartOfTheBodyWhenOnlyTheTitleMatched() throws IOException {
    SearchHit hit = index.search(SearchRequest.of("source:kazinform")).hits().get(0);
    assertThat(hit.snippet()).startsWith("Presidents of Kazakhstan").doesNotContain("<mark>");
  }

  @Test
  void kremlinNewsHaveUrls() throws IOException {
    SearchHit hit = index.search(SearchRequest.of("id:kremlin-en-37358")).hits().get(0);
    assertThat(hit.url()).isEqualTo("http://en.kremlin.ru/events/president/news/37358");
    assertThat(hit.title()).contains("Rakhmonov");
  }
}
