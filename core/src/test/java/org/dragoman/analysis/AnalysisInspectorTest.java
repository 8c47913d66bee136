package org.dragoman.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspection behind {@code dragoman analyze}. */
class AnalysisInspectorTest {

  @Test
  void wordsCarryTheirExactFormKeysAndOriginalOffsets() {
    List<NameWord> words = AnalysisInspector.words("К.Токаева встретил Rahmon");
    assertThat(words)
        .extracting(NameWord::exact)
        .containsExactly("к", "токаева", "встретил", "rahmon");
    NameWord tokaeva = words.get(1);
    assertThat(tokaeva.text()).isEqualTo("Токаева");
    assertThat(tokaeva.keys()).contains("tokaeva", "tokaev");
    assertThat(tokaeva.startOffset()).isEqualTo(2);
    assertThat(tokaeva.position()).isEqualTo(1);
    assertThat(words.get(0).keys()).containsExactly("k."); // an initial: its letter and a period
  }

  @Test
  void tokensReportPositionsOffsetsAndTypes() {
    List<AnalyzedToken> tokens =
        AnalysisInspector.tokens(NameAnalyzer.forIndexing(), "body.names", "Tokajew");
    assertThat(tokens)
        .containsExactly(
            new AnalyzedToken("tokaev", NameKeyFilter.KEY_TYPE, 0, 1, 0, 7),
            new AnalyzedToken("tokajev", NameKeyFilter.VARIANT_TYPE, 0, 1, 0, 7));
  }
}
