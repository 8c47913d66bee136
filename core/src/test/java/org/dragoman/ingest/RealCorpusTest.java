package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dragoman.model.DatePrecision;
import org.junit.jupiter.api.Test;

/** The bundled corpus reads completely: every article, no problem. */
class RealCorpusTest {

  @Test
  void theBundledCorpusReadsWithNoProblemsAndTheKnownCounts() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.root().resolve("testdata/corpus"));

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.skipped).isEmpty();
    Map<String, Integer> perFile = new TreeMap<>();
    sink.accepted.forEach(
        a ->
            perFile.merge(
                java.nio.file.Path.of(a.file()).getFileName().toString(), 1, Integer::sum));
    assertThat(perFile)
        .containsExactly(
            Map.entry("kazinform-2024-08-22-tokayev-rahmon.txt", 1),
            Map.entry("kremlin-centralasia.jsonl.gz", 605),
            Map.entry("meduza-golunov-ru-sample.jsonl.gz", 20),
            Map.entry("ungdc-centralasia.jsonl.gz", 188));
    assertThat(new HashSet<>(sink.ids())).hasSize(sink.accepted.size());
  }

  @Test
  void unStatementsHaveYearOnlyDatesAndTheirExtraFieldsAsMetadata() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.corpus("ungdc-centralasia.jsonl.gz"));

    assertThat(sink.articles())
        .allSatisfy(a -> assertThat(a.date().precision()).isEqualTo(DatePrecision.YEAR))
        .allSatisfy(a -> assertThat(a.metadata()).containsKeys("country", "speaker", "session"));
    assertThat(sink.articles().get(0).metadata().get("session")).isEqualTo("47");
  }

  @Test
  void russianTextIsReadIntact() throws IOException {
    List<String> titles =
        RecordingSink.read(TestData.corpus("meduza-golunov-ru-sample.jsonl.gz")).articles().stream()
            .map(a -> a.title())
            .toList();

    assertThat(titles.get(0)).isEqualTo("Липы за 200 тысяч");
  }
}
