package org.dragoman.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searches across scripts, exact spellings first, exact mode. */
class LuceneNameSearchEngineTest {

  private static final List<NameSearchEngine.Document> DOCUMENTS =
      List.of(
          new NameSearchEngine.Document("ru", "Касым-Жомарт Токаев провёл переговоры."),
          new NameSearchEngine.Document("de", "Kassym-Schomart Tokajew empfing den Gast."),
          new NameSearchEngine.Document("en", "Kassym-Jomart Tokayev met the guest."),
          new NameSearchEngine.Document("other", "Tokarev visited Almaty."),
          new NameSearchEngine.Document("capital", "The summit took place in Nur-Sultan."));

  @Test
  void everySpellingFindsTheOthersAndTheExactSpellingRanksFirst() throws IOException {
    try (NameSearchEngine engine = LuceneNameSearchEngine.dragoman()) {
      engine.index(DOCUMENTS);
      List<String> hits = engine.search("Tokayev");
      assertThat(hits).containsExactlyInAnyOrder("en", "de", "ru");
      assertThat(hits.get(0)).isEqualTo("en");
      assertThat(engine.search("Токаев").get(0)).isEqualTo("ru");
      assertThat(engine.search("Kassym-Jomart Tokayev"))
          .containsExactlyInAnyOrder("en", "de", "ru");
    }
  }

  @Test
  void aliasesFindFormerNames() throws IOException {
    try (NameSearchEngine engine = LuceneNameSearchEngine.dragoman()) {
      engine.index(DOCUMENTS);
      assertThat(engine.search("Astana")).containsExactly("capital");
      assertThat(engine.search("Целиноград")).containsExactly("capital");
    }
  }

  @Test
  void exactModeMatchesOnlyTheSpellingAsTyped() throws IOException {
    try (NameSearchEngine engine = LuceneNameSearchEngine.exactOnly()) {
      engine.index(DOCUMENTS);
      assertThat(engine.search("Tokayev")).containsExactly("en");
    }
  }

  @Test
  void searchingBeforeIndexingIsALifecycleError() throws IOException {
    try (NameSearchEngine engine = LuceneNameSearchEngine.dragoman()) {
      assertThatThrownBy(() -> engine.search("Tokayev")).isInstanceOf(IllegalStateException.class);
    }
  }
}
