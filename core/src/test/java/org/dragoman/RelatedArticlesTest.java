package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related articles: those sharing the most distinctive words of an article, never itself. */
class RelatedArticlesTest {

  @TempDir Path dir;

  private static Article article(String id, String title, String body) {
    return Article.builder().id(id).source("Test").title(title).body(body).build();
  }

  @Test
  void articlesOnTheSameSubjectComeFirst() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(
          List.of(
              article(
                  "rogun-1",
                  "Rogun dam reaches new height",
                  "The Rogun hydropower dam on the Vakhsh river rose again. Rogun turbines and the"
                      + " Vakhsh cascade will export electricity."),
              article(
                  "rogun-2",
                  "Second turbine at Rogun",
                  "Engineers started the second Rogun turbine; the Vakhsh river cascade now"
                      + " exports more electricity. Rogun is the tallest dam."),
              article(
                  "football",
                  "Football cup final",
                  "The football cup final was played in the rain. The final ended in a draw."),
              article(
                  "cotton",
                  "Cotton harvest begins",
                  "The cotton harvest began early; cotton prices and the river water for the"
                      + " harvest were discussed.")));

      SearchResult related = index.related("rogun-1", 10);

      assertThat(related.query()).isEqualTo("related to rogun-1");
      assertThat(related.hits()).extracting(SearchHit::id).doesNotContain("rogun-1");
      assertThat(related.hits()).extracting(SearchHit::id).first().isEqualTo("rogun-2");
      assertThat(related.hits()).extracting(SearchHit::id).doesNotContain("football");
      assertThat(related.hits().get(0).snippet()).contains("<mark>Rogun</mark>");
      assertThat(related.hits().get(0).titleSnippet()).contains("<mark>Rogun</mark>");
      assertThat(related.total()).isEqualTo(related.hits().size());
    }
  }

  @Test
  void theFoundingArticleIsRelatedToCentralAsianDiplomacy() throws IOException {
    SearchResult related = SharedCorpusIndex.index().related(TestCorpus.KAZINFORM_ID, 5);
    assertThat(related.hits()).hasSize(5);
    assertThat(related.hits()).extracting(SearchHit::id).doesNotContain(TestCorpus.KAZINFORM_ID);
    assertThat(related.hits())
        .extracting(SearchHit::title)
        .filteredOn(t -> t.matches("(?s).*(Tajik|Kazakh|Rahmon|Tokayev).*"))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(related.total()).isGreaterThan(5);
  }

  @Test
  void anUnknownIdIsNamedInTheError() {
    DragomanIndex index = SharedCorpusIndex.index();
    assertThatThrownBy(() -> index.related("no-such-article", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no article with id no-such-article in the index");
    assertThatThrownBy(() -> index.related(TestCorpus.KAZINFORM_ID, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit 0 is not between 1 and 10000");
  }
}
