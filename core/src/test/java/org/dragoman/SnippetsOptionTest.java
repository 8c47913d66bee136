package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;

/** A request can turn snippets off: the same hits, without highlighting. */
class SnippetsOptionTest {

  private final DragomanIndex index = SharedCorpusIndex.index();

  @Test
  void snippetsAreOnByDefault() {
    assertThat(SearchRequest.of("Tokayev").snippets()).isTrue();
    assertThat(SearchRequest.builder("Tokayev").snippets(false).build().toBuilder().build())
        .extracting(SearchRequest::snippets)
        .isEqualTo(false);
  }

  @Test
  void withoutSnippetsHitsAreTheSameButHaveNoHighlights() throws IOException {
    SearchResult with = index.search(SearchRequest.of("Tokayev talk source:kazinform"));
    SearchResult without =
        index.search(
            SearchRequest.builder("Tokayev talk source:kazinform").snippets(false).build());

    assertThat(without.total()).isEqualTo(with.total()).isPositive();
    assertThat(without.hits())
        .extracting(SearchHit::id)
        .isEqualTo(with.hits().stream().map(SearchHit::id).toList());
    SearchHit highlighted = with.hits().get(0);
    SearchHit plain = without.hits().get(0);
    assertThat(highlighted.snippet()).contains("<mark>");
    assertThat(plain.snippet()).isEmpty();
    assertThat(plain.titleSnippet()).isEqualTo(plain.title()).doesNotContain("<mark>");
    assertThat(plain.title()).isEqualTo(highlighted.title());
    assertThat(plain.date()).isEqualTo(highlighted.date());
    assertThat(plain.source()).isEqualTo(highlighted.source());
    assertThat(plain.url()).isEqualTo(highlighted.url());
  }

  @Test
  void withoutSnippetsEveryHitShowsTheSameFieldsAsWithSnippets() throws IOException {
    // Without snippets the hit fields come from a doc value, with snippets from the stored fields.
    SearchRequest request = SearchRequest.builder("Tajikistan OR Kremlin").limit(100).build();
    SearchResult with = index.search(request);
    SearchResult without = index.search(request.toBuilder().snippets(false).build());

    assertThat(with.hits()).hasSizeGreaterThan(50);
    assertThat(without.hits())
        .extracting(
            SearchHit::id, SearchHit::date, SearchHit::source, SearchHit::title, SearchHit::url)
        .isEqualTo(
            with.hits().stream()
                .map(
                    h ->
                        org.assertj.core.groups.Tuple.tuple(
                            h.id(), h.date(), h.source(), h.title(), h.url()))
                .toList());
  }
}
