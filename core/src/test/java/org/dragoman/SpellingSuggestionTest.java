package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean": a query that finds fewer than {@value SearchResult#SUGGEST_BELOW} articles comes
 * with query texts whose rare or unknown words are replaced by words the index knows, best first,
 * each finding more articles under the same filters.
 */
class SpellingSuggestionTest {

  private final DragomanIndex index = SharedCorpusIndex.index();

  private SearchResult search(SearchRequest.Builder request) throws IOException {
    return index.search(request.build());
  }

  @Test
  void anUnknownWordIsReplacedByAKnownSpelling() throws IOException {
    SearchResult result = search(SearchRequest.builder("Dushnabe"));
    assertThat(result.total()).isZero();
    assertThat(result.suggestions()).first().isEqualTo("Dushanbe");
    assertThat(search(SearchRequest.builder("Dushanbe")).total()).isGreaterThan(3);
  }

  @Test
  void everyMisspelledWordIsCorrectedAndTheRestOfTheQueryKept() throws IOException {
    SearchResult result = search(SearchRequest.builder("Tashknet AND (Mirziyoev OR Karimov)"));
    assertThat(result.suggestions()).first().isEqualTo("Tashkent AND (Mirziyoyev OR Karimov)");
  }

  @Test
  void aNameVariantIsFoundByNameSearchAndNeedsNoSuggestion() throws IOException {
    SearchResult variant = search(SearchRequest.builder("Mirziyoev"));
    assertThat(variant.total()).isGreaterThan(10);
    assertThat(variant.suggestions()).isEmpty();
  }

  @Test
  void aStopWordIsNoMisspelling() throws IOException {
    // "their" is in no article's vocabulary (the text fields do not index stop words), yet it is
    // no misspelling of "third": only the misspelled word is replaced.
    assertThat(search(SearchRequest.builder("their Dushnabe")).suggestions())
        .containsExactly("their Dushanbe");
  }

  @Test
  void theTypedCaseIsKept() throws IOException {
    assertThat(search(SearchRequest.builder("dushnabe")).suggestions())
        .first()
        .isEqualTo("dushanbe");
    assertThat(search(SearchRequest.builder("DUSHNABE")).suggestions())
        .first()
        .isEqualTo("DUSHANBE");
  }

  @Test
  void cyrillicWordsAreCorrectedFromCyrillicVocabulary() throws IOException {
    SearchResult result = search(SearchRequest.builder("Голунв"));
    assertThat(result.total()).isZero();
    assertThat(result.suggestions()).first().isEqualTo("Голунов");
  }

  @Test
  void suggestionsMustFindMoreUnderTheSameFilters() throws IOException {
    // Meduza never wrote about Dushanbe: correcting the word would still find nothing there.
    SearchResult filtered = search(SearchRequest.builder("Dushnabe").source("Meduza"));
    assertThat(filtered.total()).isZero();
    assertThat(filtered.suggestions()).isEmpty();
  }

  @Test
  void noSuggestionsWhenTheQueryFindsEnough() throws IOException {
    SearchResult result = search(SearchRequest.builder("Tajikistan"));
    assertThat(result.total()).isGreaterThanOrEqualTo(SearchResult.SUGGEST_BELOW);
    assertThat(result.suggestions()).isEmpty();
  }

  @Test
  void noSuggestionsWhenNoWordIsMisspelled() throws IOException {
    // Both words are common; they just never meet.
    SearchResult result = search(SearchRequest.builder("Golunov Tashkent"));
    assertThat(result.total()).isZero();
    assertThat(result.suggestions()).isEmpty();
  }
}
