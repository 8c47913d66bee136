package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole corpus of bad input ({@code testdata/bad}, see its README) through {@code dragoman
 * index}: every rejected item named with file, line and reason, every valid article indexed, exit
 * code 2, and no stack trace.
 */
class BadInputTest {

  @TempDir static Path tmp;

  private static Path bad;
  private static String index;
  private static Cli.Result run;

  /** The valid articles of testdata/bad, file by file (duplicate-ids holds one id twice). */
  private static final int VALID_ITEMS =
      3 // mixed-bad-lines
          + 2 // invalid-utf8
          + 6 // unusual-but-valid
          + 13 // truncated.jsonl.gz: the lines before the cut
          + 2 // oversized-values
          + 2 // odd-json-values
          + 2 // duplicate-ids: the second replaces the first
          + 2 // bom-crlf
          + 1; // good-article.txt

  private static final int DISTINCT_ARTICLES = VALID_ITEMS - 1;

  @BeforeAll
  static void indexTheBadCorpus() {
    bad = Cli.root().resolve("testdata/bad");
    index = tmp.resolve("index").toString();
    run = new Cli().run("index", "--index", index, bad.toString());
  }

  @Test
  void anyRejectionExitsTwoAndSaysTheOtherArticlesWereIndexed() {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("dragoman: 31 items were rejected; the other articles were indexed");
  }

  @Test
  void everyValidArticleIsIndexedExactlyOnce() {
    assertThat(run.outLines())
        .contains("indexed   " + DISTINCT_ARTICLES, "replaced  1", "skipped   3", "invalid   31");
    assertThat(new Cli().run("stats", "--index", index, "--json").out())
        .contains("\"documents\":" + DISTINCT_ARTICLES);
  }

  @Test
  void everyRejectedItemIsNamedWithFileLineAndReason() {
    List<String> expected =
        List.of(
            "bad-date.txt:1: date 2024-13-01 is not YYYY, YYYY-MM or YYYY-MM-DD",
            "dotted-date.txt:1: date 24.08.2024 is not YYYY, YYYY-MM or YYYY-MM-DD",
            "no-date.txt:1: a plain-text article starts with a line \" date YYYY-MM-DD\"",
            "binary.jsonl: binary data, not JSON Lines text",
            "utf16.jsonl: binary data, not JSON Lines text",
            "gzip-named-plain.jsonl: is gzip-compressed: name it .jsonl.gz to have it read",
            "not-gzip.jsonl.gz: not gzip data, though named .gz",
            "invalid-utf8.jsonl:2: invalid UTF-8 at byte 32 of the line",
            "mixed-bad-lines.jsonl:2: malformed JSON at column 49: Unexpected end-of-input:"
                + " expected close marker for Object (start marker at column 1)",
            "mixed-bad-lines.jsonl:4: body is a number (42), not a string",
            "mixed-bad-lines.jsonl:5: title is an array ([\"a\",\"b\"]), not a string",
            "mixed-bad-lines.jsonl:6: date \"2024-13-01\" is not YYYY, YYYY-MM or YYYY-MM-DD",
            "mixed-bad-lines.jsonl:7: date \"24.08.2024\" is not YYYY, YYYY-MM or YYYY-MM-DD",
            "mixed-bad-lines.jsonl:8: body is missing",
            "mixed-bad-lines.jsonl:9: body is blank",
            "mixed-bad-lines.jsonl:10: line is an array ([1,2,3]), not a JSON object",
            "mixed-bad-lines.jsonl:11: malformed JSON at column 1: Unrecognized token 'plain'",
            "odd-json-values.jsonl:1: line is null, not a JSON object",
            "odd-json-values.jsonl:2: line is a string (\"just a string\"), not a JSON object",
            "odd-json-values.jsonl:3: line is a number (42), not a JSON object",
            "odd-json-values.jsonl:4: body is missing",
            "odd-json-values.jsonl:6: malformed JSON: Document nesting depth (1001) exceeds",
            "odd-json-values.jsonl:7: malformed JSON at column 42: Duplicate field 'body'",
            "odd-json-values.jsonl:8: date is a number (20240822), not a string",
            "odd-json-values.jsonl:9: date \"2024-08-22T10:00:00Z\" is not YYYY",
            "odd-json-values.jsonl:10: date \"2024-02-30\" is not YYYY",
            "odd-json-values.jsonl:11: cited_sources is a string (\"Akorda\"), not an array",
            "odd-json-values.jsonl:12: more than one JSON value on the line",
            "oversized-values.jsonl:2: article huge-source cannot be indexed: Document contains at"
                + " least one immense term in field=\"source\" (whose length is longer than the max"
                + " length 32766), all of which were skipped",
            "oversized-values.jsonl:3: article "
                + "I".repeat(80)
                + "... (40000 characters)"
                + " cannot be indexed: Document contains at least one immense term in"
                + " field=\"id\"",
            "truncated.jsonl.gz:14: gzip data is truncated or corrupt");
    for (String problem : expected) {
      assertThat(run.err()).contains(bad.resolve(problem).toString());
    }
    long problemLines = run.err().lines().filter(l -> l.startsWith(bad.toString())).count();
    assertThat(problemLines).as("31 rejected and 3 skipped, one line each").isEqualTo(34);
    assertThat(run.err())
        .contains(bad.resolve("empty.jsonl") + ": no articles: the file is empty")
        .contains(bad.resolve("notes.csv") + ": unsupported file type")
        .contains(bad.resolve("README.md") + ": unsupported file type");
  }

  @Test
  void noStackTraceAndNoLongLines() {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(400));
  }

  @ParameterizedTest
  @ValueSource(strings = {"long-token", "control-chars", "rtl", "cjk", "emoji"})
  void unusualButValidArticlesAreFoundByTokayev(String id) {
    Cli.Result found = new Cli().run("search", "--index", index, "--json", "id:" + id + " Tokayev");

    assertThat(found.exitCode()).as(found.err()).isZero();
    assertThat(found.out()).contains("\"total\":1");
  }

  /** "To\u200bkayev", "Rah\u200dmon": the name analysis drops invisible characters in words. */
  @Test
  void anArticleWithZeroWidthCharactersIsFoundByTheNamesItHides() {
    Cli.Result found =
        new Cli().run("search", "--index", index, "--json", "id:zero-width Tokayev Rahmon");

    assertThat(found.exitCode()).as(found.err()).isZero();
    assertThat(found.out()).contains("\"total\":1");
  }

  @Test
  void theLaterOfTwoArticlesWithOneIdWins() {
    Cli.Result found = new Cli().run("search", "--index", index, "--json", "id:twice");

    assertThat(found.out()).contains("\"total\":1").contains("Second version");
  }

  @Test
  void aFailureThatIsNotAboutTheInputShowsItsStackTraceOnlyWithVerbose() throws Exception {
    Path notADirectory = java.nio.file.Files.writeString(tmp.resolve("a-file"), "x");
    Path input = bad.resolve("good-article.txt");

    Cli.Result quiet =
        new Cli().run("index", "--index", notADirectory.toString(), input.toString());
    Cli.Result verbose =
        new Cli().run("index", "--verbose", "--index", notADirectory.toString(), input.toString());

    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.err()).contains(notADirectory.toString()).doesNotContain("\tat ");
    assertThat(quiet.err().lines()).hasSize(1);
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.err()).contains("\tat ");
  }
}
