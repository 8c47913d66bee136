package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.DragomanIndex;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second writer is told which lock is held (exit 5); searching a locked index still works. */
class LockedIndexTest {

  @TempDir Path tmp;

  @Test
  void indexingIntoAnIndexBeingWrittenExitsFiveNamingTheLock() throws IOException {
    Path dir = tmp.resolve("index");
    Path input = Cli.root().resolve("testdata/bad/good-article.txt");
    try (DragomanIndex writer = DragomanIndex.open(dir)) {
      writer.addArticles(List.of(Article.builder().id("held").body("Tokayev").build()));

      Cli.Result second = new Cli().run("index", "--index", dir.toString(), input.toString());
      Cli.Result check = new Cli().run("check", "--index", dir.toString());
      Cli.Result search = new Cli().run("search", "--index", dir.toString(), "Tokayev");

      assertThat(second.exitCode()).isEqualTo(ExitCode.INDEX_LOCKED.code()).isEqualTo(5);
      assertThat(second.err())
          .isEqualTo(
              "dragoman: index "
                  + dir
                  + " is locked by another process (lock file "
                  + dir.resolve("write.lock")
                  + "): try again when it has finished writing"
                  + System.lineSeparator());
      assertThat(second.out()).isEmpty();
      assertThat(check.exitCode()).isEqualTo(5);
      assertThat(search.exitCode()).as(search.err()).isZero();
      assertThat(search.out()).startsWith("1 result");
    }
    Cli.Result afterwards = new Cli().run("index", "--index", dir.toString(), input.toString());
    assertThat(afterwards.exitCode()).as(afterwards.err()).isZero();
  }
}
