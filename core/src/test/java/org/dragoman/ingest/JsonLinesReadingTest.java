package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines in: every good line becomes an article, every bad line a problem with its number. */
class JsonLinesReadingTest {

  @TempDir Path tmp;

  @Test
  void readsEveryGoodLineAndReportsEveryBadLineWithItsNumber() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.fixture("mixed.jsonl"));

    assertThat(sink.accepted)
        .extracting(RecordingSink.Accepted::line)
        .containsExactly(1L, 5L, 13L, 14L);
    assertThat(sink.rejectedLines())
        .containsExactly(3L, 4L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 15L, 16L);
    assertThat(sink.rejected).allSatisfy(p -> assertThat(p.file()).endsWith("mixed.jsonl"));
    assertThat(sink.skipped).isEmpty();
  }

  @Test
  void reasonsNameTheBadValueAndTheRule() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.fixture("mixed.jsonl"));

    assertThat(sink.rejectedAt(3).reason()).startsWith("malformed JSON at column");
    assertThat(sink.rejectedAt(4).reason()).isEqualTo("body is a number (42), not a string");
    assertThat(sink.rejectedAt(6).reason())
        .contains("\"2024-13-01\"")
        .contains("YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(sink.rejectedAt(7).reason()).contains("\"24.08.2024\"");
    assertThat(sink.rejectedAt(8).reason()).startsWith("body is missing");
    assertThat(sink.rejectedAt(9).reason())
        .isEqualTo("invalid UTF-8 at byte 32 of the line (bytes C3 28 20 61)");
    assertThat(sink.rejectedAt(10).reason())
        .isEqualTo("body is an object ({\"text\":\"nested\"}), not a string");
    assertThat(sink.rejectedAt(11).reason()).startsWith("body is blank");
    assertThat(sink.rejectedAt(12).reason()).startsWith("line is an array ([1,2,3])");
    assertThat(sink.rejectedAt(15).reason()).contains("Duplicate field 'body'");
    assertThat(sink.rejectedAt(16).reason())
        .startsWith("more than one JSON value on the line: unexpected content at column");
  }

  @Test
  void keepsKnownFieldsAndOtherFieldsAsMetadataText() throws IOException {
    Article first = RecordingSink.read(TestData.fixture("mixed.jsonl")).articles().get(0);

    assertThat(first.id()).isEqualTo("good-1");
    assertThat(first.date()).isEqualTo(ArticleDate.parse("2024-08-22"));
    assertThat(first.source()).isEqualTo("Kazinform");
    assertThat(first.title()).isEqualTo("Talks in Dushanbe");
    assertThat(first.body()).isEqualTo("Tokayev and Rahmon continued talks in Dushanbe.");
    assertThat(first.lang()).isEqualTo("en");
    assertThat(first.url()).isEqualTo("https://example.org/good-1");
    assertThat(first.metadata())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("country", "KAZ"),
            org.assertj.core.api.Assertions.entry("session", "79"),
            org.assertj.core.api.Assertions.entry("tags", "[\"visit\",\"treaty\"]"));
  }

  @Test
  void nullFieldsAreAbsentAndUnicodeTextIsKept() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.fixture("mixed.jsonl"));
    Article undated = sink.articles().get(2);
    Article unicode = sink.articles().get(3);

    assertThat(undated.date()).isNull();
    assertThat(undated.metadata()).doesNotContainKey("speaker_post");
    assertThat(unicode.body()).isEqualTo("مرحبا 你好 🙂 zero\u200bwidth \u0007 bell");
    assertThat(unicode.date()).isEqualTo(ArticleDate.parse("2024-08"));
  }

  @Test
  void anArticleWithoutIdGetsAStableContentDerivedId() throws IOException {
    Article noId = RecordingSink.read(TestData.fixture("mixed.jsonl")).articles().get(1);
    Article again = RecordingSink.read(TestData.fixture("mixed.jsonl")).articles().get(1);

    assertThat(noId.id())
        .isEqualTo(
            ContentId.of(
                "UN General Debate",
                ArticleDate.parse("2019"),
                "Statement of Kazakhstan",
                "A statement known only to the year."))
        .hasSize(ContentId.LENGTH)
        .isEqualTo(again.id());
  }

  @Test
  void readsGzippedJsonLinesAndCountsCompressedBytes() throws IOException {
    Path file = TestData.fixture("good.jsonl.gz");
    RecordingSink sink = RecordingSink.read(file);

    assertThat(sink.ids()).containsExactly("gz-1", "gz-2", "gz-3");
    assertThat(sink.rejected).isEmpty();
    assertThat(sink.bytesRead).isEqualTo(Files.size(file));
  }

  @Test
  void aTruncatedGzipStreamKeepsWhatWasReadAndReportsWhereItStopped() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.fixture("truncated.jsonl.gz"));

    // 993 whole lines can be decompressed from the half file that is left.
    assertThat(sink.accepted.size()).isEqualTo(993);
    assertThat(sink.rejected).hasSize(1);
    IngestProblem problem = sink.rejected.get(0);
    assertThat(problem.line()).isEqualTo(994);
    assertThat(problem.reason()).startsWith("gzip data is truncated or corrupt");
  }

  @Test
  void aBinaryFileIsOneProblemNotThousands() throws IOException {
    Path file = TestData.fixture("binary.jsonl");
    RecordingSink sink = RecordingSink.read(file);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.rejected).hasSize(1);
    assertThat(sink.rejected.get(0).line()).isZero();
    assertThat(sink.rejected.get(0).reason()).startsWith("binary data, not JSON Lines text");
    assertThat(sink.bytesRead).isEqualTo(Files.size(file));
  }

  @Test
  void aGzipFileNamedJsonlIsOneProblemThatSaysHowToFixIt() throws IOException {
    Path misnamed = tmp.resolve("articles.jsonl");
    Files.copy(TestData.fixture("good.jsonl.gz"), misnamed);

    RecordingSink sink = RecordingSink.read(misnamed);

    assertThat(sink.rejected)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("name it .jsonl.gz"));
  }

  @Test
  void aPlainFileNamedGzIsOneProblem() throws IOException {
    Path misnamed = tmp.resolve("articles.jsonl.gz");
    Files.writeString(misnamed, "{\"id\": \"a\", \"body\": \"text\"}\n");

    RecordingSink sink = RecordingSink.read(misnamed);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.rejected)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not gzip data"));
  }

  @Test
  void aLineOverTheLimitIsRejectedWithItsLengthAndTheRestIsRead() throws IOException {
    Path file = tmp.resolve("long.jsonl");
    String longBody = "x".repeat(500);
    Files.writeString(
        file,
        "{\"id\": \"short-1\", \"body\": \"fine\"}\n"
            + "{\"id\": \"long\", \"body\": \""
            + longBody
            + "\"}\n"
            + "{\"id\": \"short-2\", \"body\": \"fine too\"}\n");
    RecordingSink sink = new RecordingSink();

    new CorpusReader(100).read(file, sink);

    assertThat(sink.ids()).containsExactly("short-1", "short-2");
    assertThat(sink.rejectedAt(2).reason())
        .isEqualTo("line is 526 bytes, longer than the limit of 100 bytes per article");
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
    RecordingSink sink = RecordingSink.read(TestData.fixture("bom-crlf.jsonl"));

    assertThat(sink.ids()).containsExactly("crlf-1", "crlf-2");
    assertThat(sink.articles().get(1).body()).isEqualTo("Second line.");
    assertThat(sink.rejected).isEmpty();
  }

  @Test
  void aFileOfBlankLinesIsSkippedAsEmpty() throws IOException {
    Path file = tmp.resolve("blank.jsonl");
    Files.writeString(file, "\n   \n\t\n");

    RecordingSink sink = RecordingSink.read(file);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.skipped).singleElement().satisfies(p -> assertThat(p.line()).isZero());
  }

  @Test
  void aLastLineWithoutNewlineIsRead() throws IOException {
    Path file = tmp.resolve("no-final-newline.jsonl");
    Files.writeString(
        file, "{\"id\": \"a\", \"body\": \"one\"}\n{\"id\": \"b\", \"body\": \"two\"}");

    assertThat(RecordingSink.read(file).ids()).containsExactly("a", "b");
  }

  @Test
  void randomBytesNeverThrowAndEveryProblemHasAPlace() throws IOException {
    Random random = new Random(20240822);
    byte[] alphabet =
        "{}[]\":,0123456789abc body id date \n\\u\u00e9".getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 50; round++) {
      byte[] bytes = new byte[1 + random.nextInt(4096)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] =
            random.nextInt(10) == 0
                ? (byte) (0x80 + random.nextInt(128))
                : alphabet[random.nextInt(alphabet.length)];
      }
      Path file = tmp.resolve("random-" + round + ".jsonl");
      Files.write(file, bytes);
      RecordingSink sink = new RecordingSink();

      assertThatCode(() -> new CorpusReader().read(file, sink)).doesNotThrowAnyException();
      assertThat(sink.rejected)
          .allSatisfy(p -> assertThat(p.reason()).isNotBlank())
          .allSatisfy(p -> assertThat(p.line()).isBetween(1L, (long) bytes.length));
      assertThat(sink.bytesRead).isEqualTo(bytes.length);
    }
  }
}
