package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.index.ArticleSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an older Dragoman (an older schema version in its commit): the default index
 * is rebuilt from the default corpus, an index named with --index is left alone (exit 3).
 */
class OutdatedIndexTest {

  private static final Path KAZINFORM =
      Cli.corpus().resolve("kazinform-2024-08-22-tokayev-rahmon.txt");

  @TempDir Path tmp;

  private Path defaultIndex;
  private Cli cli;

  @BeforeEach
  void buildTheDefaultIndex() {
    defaultIndex = tmp.resolve("default-index");
    cli =
        new Cli()
            .env(IndexLocation.INDEX_ENV, defaultIndex.toString())
            .env(IndexLocation.DEFAULT_CORPUS_ENV, KAZINFORM.toString());
    Cli.Result built = cli.run("stats", "--json");
    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(built.err()).contains("building it from " + KAZINFORM);
  }

  @Test
  void theDefaultIndexOfAnOlderSchemaIsRebuiltWithAMessage() throws IOException {
    int older = ArticleSchema.VERSION - 1;
    writeSchemaVersion(defaultIndex, older);

    Cli.Result result = cli.run("search", "--json", "Tokayev");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains(
            "dragoman: the index at "
                + defaultIndex
                + " was written by an older Dragoman (schema version "
                + older
                + ", this one reads "
                + ArticleSchema.VERSION
                + "): rebuilding it from "
                + KAZINFORM)
        .contains("indexed 1 articles");
    assertThat(JsonSchema.searchResult(result.out().strip()).get("total").asLong()).isEqualTo(1);
    assertThat(schemaVersion(defaultIndex)).isEqualTo(String.valueOf(ArticleSchema.VERSION));
  }

  @Test
  void aRebuiltDefaultIndexIsNotRebuiltAgain() throws IOException {
    writeSchemaVersion(defaultIndex, ArticleSchema.VERSION - 1);
    cli.run("stats");

    Cli.Result again = cli.run("stats");

    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).isEmpty();
  }

  @Test
  void everyReadingCommandRebuildsTheDefaultIndex() throws IOException {
    for (String[] command :
        new String[][] {{"stats"}, {"timeline", "Tokayev"}, {"search", "Tokayev"}}) {
      writeSchemaVersion(defaultIndex, ArticleSchema.VERSION - 1);

      Cli.Result result = cli.run(command);

      assertThat(result.exitCode()).as(String.join(" ", command) + ": " + result.err()).isZero();
      assertThat(result.err()).contains("rebuilding it");
    }
  }

  @Test
  void anExplicitIndexOfAnOlderSchemaExits3AndIsKept() throws IOException {
    int older = ArticleSchema.VERSION - 1;
    writeSchemaVersion(defaultIndex, older);

    Cli.Result result = cli.run("search", "--index", defaultIndex.toString(), "Tokayev");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("schema version " + older)
        .contains("re-index the articles into a new directory")
        .doesNotContain("rebuilding");
    assertThat(schemaVersion(defaultIndex)).isEqualTo(String.valueOf(older));
  }

  @Test
  void theDefaultIndexOfANewerSchemaIsNotReplaced() throws IOException {
    int newer = ArticleSchema.VERSION + 1;
    writeSchemaVersion(defaultIndex, newer);

    Cli.Result result = cli.run("search", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("a newer Dragoman");
    assertThat(schemaVersion(defaultIndex)).isEqualTo(String.valueOf(newer));
  }

  @Test
  void anOutdatedDefaultIndexWithoutItsCorpusExits3AndIsKept() throws IOException {
    int older = ArticleSchema.VERSION - 1;
    writeSchemaVersion(defaultIndex, older);

    Cli.Result result =
        new Cli()
            .env(IndexLocation.INDEX_ENV, defaultIndex.toString())
            .env(IndexLocation.DEFAULT_CORPUS_ENV, tmp.resolve("gone").toString())
            .run("search", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("the default corpus " + tmp.resolve("gone"));
    assertThat(schemaVersion(defaultIndex)).isEqualTo(String.valueOf(older));
  }

  /** What an older (or newer) Dragoman would have left: the same index, another version. */
  private static void writeSchemaVersion(Path dir, int version) throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.setLiveCommitData(
          Map.of(ArticleSchema.VERSION_KEY, String.valueOf(version)).entrySet());
      writer.commit();
    }
  }

  private static String schemaVersion(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory).getUserData().get(ArticleSchema.VERSION_KEY);
    }
  }
}
