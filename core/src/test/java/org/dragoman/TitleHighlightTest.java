package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;

/** Hits carry the title as written and the whole title with its matches marked. */
class TitleHighlightTest {

  private final DragomanIndex index = SharedCorpusIndex.index();

  private SearchHit kazinform(String query) throws IOException {
    return index.search(SearchRequest.of(query + " source:kazinform")).hits().get(0);
  }

  @Test
  void matchedWordsAreMarkedInTheWholeTitle() throws IOException {
    SearchHit hit = kazinform("Tokayev talk");
    assertThat(hit.title()).doesNotContain("<mark>").startsWith("Presidents of Kazakhstan");
    assertThat(hit.titleSnippet())
        .contains("<mark>Tokayev</mark>")
        .contains("<mark>talks</mark>")
        .doesNotContain(" … ");
    assertThat(hit.titleSnippet().replace("<mark>", "").replace("</mark>", ""))
        .isEqualTo(hit.title());
    assertThat(hit.snippet()).contains("<mark>Tokayev</mark>");
  }

  @Test
  void aTitleWithoutMatchesIsShownPlain() throws IOException {
    SearchHit hit = kazinform("gratitude");
    assertThat(hit.title()).doesNotContain("gratitude");
    assertThat(hit.titleSnippet()).isEqualTo(hit.title());
    assertThat(hit.snippet()).contains("<mark>gratitude</mark>");
  }
}
