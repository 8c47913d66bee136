package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No index: exit 3 with a message that names the directory and says what to do. */
class MissingIndexTest {

  @TempDir Path tmp;

  @Test
  void searchingAnExplicitIndexThatDoesNotExistExits3() {
    Path missing = tmp.resolve("no-such-index");

    Cli.Result result = new Cli().run("search", "--index", missing.toString(), "Tokayev");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            "dragoman: no index at "
                + missing
                + ": build one with 'dragoman index --index "
                + missing
                + " PATH...'"
                + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  @Test
  void statsOfAnExplicitIndexThatDoesNotExistExits3() {
    Cli.Result result = new Cli().run("stats", "--index", tmp.resolve("nope").toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("no index at").contains("nope");
  }

  @Test
  void anExplicitIndexIsNeverBuiltFromTheDefaultCorpus() {
    Cli.Result result =
        new Cli()
            .env(IndexLocation.DEFAULT_CORPUS_ENV, Cli.corpus().toString())
            .run("search", "--index", tmp.resolve("explicit").toString(), "Tokayev");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(tmp.resolve("explicit")).doesNotExist();
  }

  @Test
  void theDefaultIndexWithoutADefaultCorpusExits3() {
    Cli.Result result =
        new Cli()
            .env(IndexLocation.INDEX_ENV, tmp.resolve("default-index").toString())
            .run("stats");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("no index at " + tmp.resolve("default-index"));
  }

  @Test
  void aDefaultCorpusThatDoesNotExistExits3() {
    Cli.Result result =
        new Cli()
            .env(IndexLocation.INDEX_ENV, tmp.resolve("default-index").toString())
            .env(IndexLocation.DEFAULT_CORPUS_ENV, tmp.resolve("no-corpus").toString())
            .run("search", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("the default corpus " + tmp.resolve("no-corpus"));
  }

  @Test
  void theIndexLocationFollowsOptionThenEnvironmentThenDefault() {
    Path work = tmp.resolve("work");
    CliContext noEnv = context(work, java.util.Map.of());
    CliContext withEnv = context(work, java.util.Map.of(IndexLocation.INDEX_ENV, "/srv/index"));

    assertThat(IndexLocation.resolve(Path.of("mine"), withEnv))
        .isEqualTo(new IndexLocation(work.resolve("mine"), true));
    assertThat(IndexLocation.resolve(null, withEnv))
        .isEqualTo(new IndexLocation(Path.of("/srv/index"), false));
    assertThat(IndexLocation.resolve(null, noEnv))
        .isEqualTo(new IndexLocation(work.resolve(".dragoman/index"), false));
  }

  private static CliContext context(Path workingDir, java.util.Map<String, String> env) {
    java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
    return new CliContext(
        sink, sink, java.io.InputStream.nullInputStream(), env, workingDir, false, 80);
  }
}
