package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.ingest.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB article is indexed whole, within the test heap; an article over the documented limit of
 * {@link CorpusReader#DEFAULT_MAX_ITEM_BYTES} bytes is rejected with its size, and the articles
 * after it are still read.
 */
class HugeArticleTest {

  private static final int FIFTY_MB = 50 * 1024 * 1024;

  @TempDir Path tmp;

  @Test
  void aFiftyMegabyteArticleIsIndexedAndAnArticleOverTheLimitIsRejected() throws IOException {
    Path file = tmp.resolve("huge.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeArticle(out, "fifty-mb", "Tokayev opened the session. ", FIFTY_MB);
      writeArticle(out, "over-the-limit", "Rahmon. ", CorpusReader.DEFAULT_MAX_ITEM_BYTES + 1);
      out.write("{\"id\": \"after\", \"body\": \"Mirziyoyev arrived after the long ones.\"}\n");
    }
    String index = tmp.resolve("index").toString();

    Cli.Result run = new Cli().run("index", "--index", index, file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).contains("indexed   2", "invalid   1");
    assertThat(run.err())
        .contains(file + ":2: line is ")
        .contains(
            "bytes, longer than the limit of "
                + CorpusReader.DEFAULT_MAX_ITEM_BYTES
                + " bytes per article")
        .doesNotContain("\tat ");
    // Counted, not highlighted: a snippet of 1.9 million matches is slow (see the README).
    assertThat(search(index, "--limit", "0", "Tokayev")).contains("\"total\":1");
    // A word near the end of the 50 MB is indexed too: nothing was cut.
    assertThat(search(index, "closing")).contains("\"id\":\"fifty-mb\"");
    assertThat(search(index, "Mirziyoyev")).contains("\"id\":\"after\"");
    assertThat(search(index, "Rahmon")).contains("\"total\":0");
  }

  private static String search(String index, String... query) {
    List<String> args = new ArrayList<>(List.of("search", "--index", index, "--json"));
    args.addAll(List.of(query));
    Cli.Result result = new Cli().run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.out();
  }

  /** One JSON line whose body is {@code bodyBytes} bytes of ASCII, "closing" its last word. */
  private static void writeArticle(BufferedWriter out, String id, String sentence, int bodyBytes)
      throws IOException {
    String start = "{\"id\": \"" + id + "\", \"body\": \"";
    String end = "\"}";
    String last = " closing";
    out.write(start);
    int written = 0;
    int target = bodyBytes - last.length();
    while (written + sentence.length() <= target) {
      out.write(sentence);
      written += sentence.length();
    }
    out.write("x".repeat(target - written));
    out.write(last);
    out.write(end);
    out.write('\n');
  }
}
