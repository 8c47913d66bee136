package org.dragoman.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingBenchmarkTest {

  @TempDir Path dir;

  @Test
  void eachEngineIndexesEveryArticleAndCommits() throws Exception {
    List<Article> articles = BenchmarkCorpus.load("", 40, "none");
    for (String engine : List.of("dragoman", "lucene")) {
      Path engineDir = dir.resolve(engine);
      assertThat(IndexingBenchmark.indexInto(engineDir, engine, articles, 2)).isEqualTo(40);
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(engineDir))) {
        assertThat(reader.numDocs()).as(engine).isEqualTo(40);
      }
    }
  }

  @Test
  void anUnknownEngineIsNamed() {
    assertThatThrownBy(() -> IndexingBenchmark.indexInto(dir, "solr", List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("solr");
  }

  @Test
  void interleavedRoundsPrintBothEnginesAndTheirRatio() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      InterleavedIndexingRatios.main(new String[] {"", "30", "1"});
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("30 documents, 1 thread(s), 1 rounds after 2 warm-up rounds")
        .containsPattern("dragoman +\\d+ +\\d+")
        .containsPattern("lucene +\\d+ +\\d+")
        .containsPattern("dragoman / lucene: \\d+\\.\\d\\dx docs/s");
  }

  @Test
  void interleavedRoundsNeedCorpusDocsAndRounds() {
    assertThatThrownBy(() -> InterleavedIndexingRatios.main(new String[] {"", "30"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usage: InterleavedIndexingRatios");
  }
}
