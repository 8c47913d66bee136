package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.ArticleDate;
import org.junit.jupiter.api.Test;

/** Content ids: stable across runs, blind to cosmetic differences, sensitive to content. */
class ContentIdTest {

  private static final ArticleDate DATE = ArticleDate.parse("2024-08-22");

  @Test
  void theIdIsTheSameOnEveryRunAndMachine() {
    // Pinned: indexes built earlier hold these ids, so changing the recipe would duplicate
    // articles.
    assertThat(ContentId.of("Kazinform", DATE, "Title", "Body text."))
        .isEqualTo(ContentId.of("Kazinform", DATE, "Title", "Body text."))
        .isEqualTo("2bc94ccebb13bea3e34d");
  }

  @Test
  void whitespaceUnicodeFormAndSourceCaseDoNotChangeTheId() {
    String id = ContentId.of("Kazinform", DATE, "Caf\u00e9 talks", "Body  text.\n");

    assertThat(ContentId.of("KAZINFORM", DATE, " Cafe\u0301 talks", "Body text.")).isEqualTo(id);
  }

  @Test
  void anyFieldChangesTheId() {
    String id = ContentId.of("Kazinform", DATE, "Title", "Body text.");

    assertThat(ContentId.of("Trend", DATE, "Title", "Body text.")).isNotEqualTo(id);
    assertThat(ContentId.of("Kazinform", ArticleDate.parse("2024-08"), "Title", "Body text."))
        .isNotEqualTo(id);
    assertThat(ContentId.of("Kazinform", DATE, "Other", "Body text.")).isNotEqualTo(id);
    assertThat(ContentId.of("Kazinform", DATE, "Title", "Other text.")).isNotEqualTo(id);
    assertThat(ContentId.of(null, null, "Title", "Body text.")).isNotEqualTo(id);
  }

  @Test
  void fieldBoundariesMatter() {
    assertThat(ContentId.of(null, null, "ab", "c"))
        .isNotEqualTo(ContentId.of(null, null, "a", "bc"));
  }
}
