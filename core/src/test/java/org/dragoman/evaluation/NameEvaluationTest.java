package org.dragoman.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.dragoman.DragomanOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The issue-3 protocol on the shared dev set: regression floors for Dragoman and the anchor. */
class NameEvaluationTest {

  private static NameDevSet devSet;

  @BeforeAll
  static void readDevSet() throws IOException {
    Path dir = Path.of(System.getProperty("tests.shared.dir", "../../shared")).resolve("names");
    Path variants = dir.resolve("variants-dev.tsv");
    Path negatives = dir.resolve("negatives-dev.tsv");
    assumeTrue(Files.exists(variants) && Files.exists(negatives), "dev set not found in " + dir);
    devSet = NameDevSet.read(variants, negatives);
  }

  @Test
  void dragomanStaysAboveItsMeasuredFloor() throws IOException {
    NameEvaluationResult result;
    try (NameSearchEngine engine = LuceneNameSearchEngine.dragoman()) {
      result = NameEvaluation.run(devSet, engine);
    }
    // measured 0.944 / 0.954 / 0.956 / 0.996 / 1 of 30 (n08): the analysis chain alone, without
    // the query parser's rules (initials, short hyphenated compounds) that the product adds
    assertThat(result.recallAll()).isGreaterThanOrEqualTo(0.94);
    assertThat(result.recallTransliteration()).isGreaterThanOrEqualTo(0.95);
    assertThat(result.recallCrossScript()).isGreaterThanOrEqualTo(0.95);
    assertThat(result.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(result.negativesScored()).isEqualTo(30);
    assertThat(result.mergedNegatives()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void theProductMeetsTheIssueTargets() throws IOException {
    NameEvaluationResult result;
    try (NameSearchEngine engine = DragomanNameSearchEngine.create(DragomanOptions.defaults())) {
      result = NameEvaluation.run(devSet, engine);
    }
    // measured 0.970 / 0.980 / 0.977 / 0.994 / 1 of 30 (n08); issue targets 0.90 / 0.97 / 0.97 /
    // 0.99 / at most 1
    assertThat(result.recallAll()).isGreaterThanOrEqualTo(0.965);
    assertThat(result.recallTransliteration()).isGreaterThanOrEqualTo(0.976);
    assertThat(result.recallCrossScript()).isGreaterThanOrEqualTo(0.971);
    assertThat(result.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(result.negativesScored()).isEqualTo(30);
    assertThat(result.mergedNegatives())
        .extracting(NameEvaluationResult.MergedNegative::pairId)
        .containsOnly("n08");
  }

  @Test
  void standardAnalyzerReproducesTheAnchorRow() throws IOException {
    NameEvaluationResult result;
    try (NameSearchEngine engine = LuceneNameSearchEngine.singleField(new StandardAnalyzer())) {
      result = NameEvaluation.run(devSet, engine);
    }
    // issue 3 anchor: 0.009 / 0.011 / 0.000 / 0.997 / 0 of 30
    assertThat(result.recallAll()).isBetween(0.005, 0.013);
    assertThat(result.recallTransliteration()).isBetween(0.005, 0.015);
    assertThat(result.recallCrossScript()).isEqualTo(0.0);
    assertThat(result.precision()).isBetween(0.99, 1.0);
    assertThat(result.mergedNegatives()).isEmpty();
  }

  @Test
  void exactModeMatchesNoVariant() throws IOException {
    NameEvaluationResult result;
    try (NameSearchEngine engine = LuceneNameSearchEngine.exactOnly()) {
      result = NameEvaluation.run(devSet, engine);
    }
    assertThat(result.recallCrossScript()).isEqualTo(0.0);
    assertThat(result.recallAll()).isLessThan(0.05);
  }
}
