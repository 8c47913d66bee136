package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.IndexStats;
import org.junit.jupiter.api.Test;

class StatsOutputTest {

  private final IndexStats stats =
      new IndexStats(
          814,
          new LinkedHashMap<>(Map.of("Kremlin", 605L)),
          ArticleDate.parse("1992"),
          ArticleDate.parse("2025-03-14"),
          12_300_000);

  @Test
  void jsonHasDocumentsSourcesDatesAndSize() {
    JsonNode json = JsonSchema.parse(StatsCommand.json(stats));

    assertThat(JsonSchema.fieldNames(json))
        .containsExactly("documents", "sources", "earliest", "latest", "size_on_disk_bytes");
    assertThat(json.get("documents").asLong()).isEqualTo(814);
    assertThat(json.get("sources").get("Kremlin").asLong()).isEqualTo(605);
    assertThat(json.get("earliest").asText()).isEqualTo("1992");
    assertThat(json.get("latest").asText()).isEqualTo("2025-03-14");
    assertThat(json.get("size_on_disk_bytes").asLong()).isEqualTo(12_300_000);
  }

  @Test
  void textListsTheSameFigures() {
    assertThat(StatsCommand.human(stats).lines())
        .containsExactly(
            "documents     814",
            "dates         1992 .. 2025-03-14",
            "size on disk  12.3 MB",
            "sources",
            "  Kremlin  605");
  }
}
