package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman index}: rejected input exits 2 and names each problem. Needs the facade. */
class IndexCommandTest {

  @TempDir Path tmp;

  @Test
  void badLinesAreReportedWithTheirLineNumbersAndTheRestIsIndexed() {
    Path mixed = Cli.fixture("mixed.jsonl");

    Cli.Result result = new Cli().run("index", "--index", tmp.toString(), mixed.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.outLines()).contains("indexed   4", "invalid   11");
    assertThat(result.err())
        .contains(mixed + ":3: malformed JSON")
        .contains(mixed + ":4: body is a number (42), not a string")
        .contains(mixed + ":6: date \"2024-13-01\" is not")
        .contains("11 items were rejected")
        .doesNotContain("\tat ");
    assertThat(new Cli().run("stats", "--index", tmp.toString(), "--json").out())
        .contains("\"documents\":4");
  }

  @Test
  void aMissingInputFileIsRejectedInput() {
    Path missing = tmp.resolve("missing.jsonl");

    Cli.Result result =
        new Cli().run("index", "--index", tmp.resolve("idx").toString(), missing.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(missing + ": no such file or directory");
  }

  @Test
  void reindexingReplacesInsteadOfDuplicating() {
    Path gz = Cli.fixture("good.jsonl.gz");
    String dir = tmp.resolve("idx").toString();

    new Cli().run("index", "--index", dir, gz.toString());
    Cli.Result again = new Cli().run("index", "--index", dir, gz.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.outLines()).contains("indexed   0", "replaced  3");
  }

  @Test
  void theDefaultIndexIsBuiltFromTheDefaultCorpusOnFirstUseOnly() {
    Cli cli =
        new Cli()
            .env(IndexLocation.INDEX_ENV, tmp.resolve("default").toString())
            .env(IndexLocation.DEFAULT_CORPUS_ENV, Cli.corpus().toString());

    Cli.Result first = cli.run("search", "--json", "Tokayev");
    Cli.Result second = cli.run("search", "--json", "Tokayev");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("building it from " + Cli.corpus());
    assertThat(first.outLines()).hasSize(1);
    JsonSchema.searchResult(first.outLines().get(0));
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
  }
}
