package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dragoman.model.Match;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * With {@code explain}, each hit says which text in the article matched which query word, as
 * written in the article: with English stemming, the query word {@code talk} matches the text
 * {@code talks}.
 */
class ExplanationTest {

  private final DragomanIndex index = SharedCorpusIndex.index();

  private SearchHit kazinform(String query, boolean explain) throws IOException {
    return index
        .search(SearchRequest.builder(query + " source:kazinform").explain(explain).build())
        .hits()
        .get(0);
  }

  @Test
  void eachQueryWordIsReportedWithTheArticleTextItMatched() throws IOException {
    SearchHit hit = kazinform("talk Tokayev", true);
    assertThat(hit.id()).isEqualTo(TestCorpus.KAZINFORM_ID);
    assertThat(hit.matches())
        .contains(
            new Match("talk", "talks", "title"),
            new Match("talk", "talks", "body"),
            new Match("Tokayev", "Tokayev", "title"),
            new Match("Tokayev", "Tokayev", "body"));
    assertThat(hit.matches()).extracting(Match::queryWord).containsOnly("talk", "Tokayev");
  }

  @Test
  void everySpellingOfAStemIsReportedOnceInOrderOfAppearance() throws IOException {
    SearchHit hit = kazinform("Presidents", true);
    assertThat(hit.matches())
        .containsSubsequence(
            new Match("Presidents", "Presidents", "title"),
            new Match("Presidents", "Presidents", "body"),
            new Match("Presidents", "President", "body"))
        .doesNotHaveDuplicates();
    assertThat(hit.matches()).extracting(Match::field).startsWith("title");
  }

  @Test
  void patternsReportTheWordsTheyMatched() throws IOException {
    SearchHit hit = kazinform("Tok*", true);
    assertThat(hit.matches())
        .filteredOn(m -> m.field().equals("body"))
        .extracting(Match::queryWord, Match::matchedText)
        .contains(org.assertj.core.groups.Tuple.tuple("tok*", "Tokayev"));
  }

  @Test
  void fieldedAndQuotedWordsAreTracedBackToTheQueryText() throws IOException {
    SearchHit hit = kazinform("title:\"Emomali Rahmon\"", true);
    assertThat(hit.matches())
        .filteredOn(m -> m.field().equals("title"))
        .containsExactly(
            new Match("Emomali", "Emomali", "title"), new Match("Rahmon", "Rahmon", "title"));
  }

  @Test
  void nothingIsExplainedUnlessAsked() throws IOException {
    assertThat(kazinform("talk Tokayev", false).matches()).isEmpty();
  }
}
