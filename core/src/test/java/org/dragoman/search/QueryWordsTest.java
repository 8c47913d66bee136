package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words of a query a spelling correction may replace. */
class QueryWordsTest {

  private static Object[] words(String query) {
    return QueryWords.correctable(query).stream().map(QueryWords.Word::text).toArray();
  }

  @Test
  void plainWordsWithTheirPlaceInTheText() {
    assertThat(QueryWords.correctable("Tokaev  Rahmn"))
        .containsExactly(new QueryWords.Word(0, 6, "Tokaev"), new QueryWords.Word(8, 13, "Rahmn"));
  }

  @Test
  void textFieldsPhrasesAndGroupsAreCorrectable() {
    assertThat(words("title:Tokaev body:\"visit Dushanbee\" title:(talks OR meeting)"))
        .containsExactly("Tokaev", "visit", "Dushanbee", "talks", "meeting");
    assertThat(words("Kassym-Jomart +Tokaev")).containsExactly("Kassym", "Jomart", "Tokaev");
  }

  @Test
  void operatorsKeywordsNegationsPatternsAndRangesAreLeftAlone() {
    assertThat(words("Tokaev AND NOT Putin")).containsExactly("Tokaev");
    assertThat(words("source:Kazinform lang:en id:abc cites:Akorda Tokaev"))
        .containsExactly("Tokaev");
    assertThat(words("source:(Kazinform OR Kremlin) Tokaev")).containsExactly("Tokaev");
    assertThat(words("-Putin !Medvedev Tokaev")).containsExactly("Tokaev");
    assertThat(words("Tok* Rahmo? Nazarbaev~ /Tok.*/")).isEmpty();
    assertThat(words("date:[2019-01 TO 2020] Tokaev")).containsExactly("Tokaev");
  }
}
