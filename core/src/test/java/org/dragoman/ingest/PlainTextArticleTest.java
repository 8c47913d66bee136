package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-text article format: a " date YYYY-MM-DD" line, then the text. */
class PlainTextArticleTest {

  private static final String FOUNDING_LEAD =
      "Presidents of Kazakhstan and Tajikistan Kassym-Jomart Tokayev and Emomali Rahmon continued"
          + " talks joined by their official delegation members, Kazinform News Agency cites"
          + " Akorda.";

  @TempDir Path tmp;

  @Test
  void theFoundingArticleReadsWithDateSourceCitedSourceAndLeadAsTitle() throws IOException {
    RecordingSink sink =
        RecordingSink.read(TestData.corpus("kazinform-2024-08-22-tokayev-rahmon.txt"));

    assertThat(sink.rejected).isEmpty();
    Article article = sink.articles().get(0);
    assertThat(article.date()).isEqualTo(ArticleDate.parse("2024-08-22"));
    assertThat(article.source()).isEqualTo("Kazinform");
    assertThat(article.citedSources()).containsExactly("Akorda");
    assertThat(article.title()).isEqualTo(FOUNDING_LEAD);
    assertThat(article.body())
        .startsWith(FOUNDING_LEAD + "\n\nDuring the talks")
        .contains("sunny Dushanbe")
        .endsWith("use of space technologies were reviewed.");
    assertThat(article.id()).matches("[0-9a-f]{" + ContentId.LENGTH + "}");
  }

  @Test
  void theIdIsDerivedFromTheContentAndTheSameOnEveryRead() throws IOException {
    Path founding = TestData.corpus("kazinform-2024-08-22-tokayev-rahmon.txt");
    Path copy = tmp.resolve("renamed-copy.txt");
    Files.copy(founding, copy);

    String id = RecordingSink.read(founding).ids().get(0);

    assertThat(RecordingSink.read(founding).ids()).containsExactly(id);
    assertThat(RecordingSink.read(copy).ids()).containsExactly(id);
  }

  @Test
  void aDateLineOfItsOwnWithSpacesAndAColonIsAccepted() throws IOException {
    Path file =
        write(
            "\n  DATE:  2023-11  \n\nBishkek hosted the summit, AKIpress reports.\n\nMore text.\n");

    Article article = RecordingSink.read(file).articles().get(0);

    assertThat(article.date()).isEqualTo(ArticleDate.parse("2023-11"));
    assertThat(article.title()).isEqualTo("Bishkek hosted the summit, AKIpress reports.");
    assertThat(article.source()).isEqualTo("AKIpress");
    assertThat(article.body())
        .isEqualTo("Bishkek hosted the summit, AKIpress reports.\n\nMore text.");
  }

  @Test
  void theTitleIsTheFirstSentenceOnly() throws IOException {
    Path file = write(" date 2024-01-05 First sentence here. Second sentence there.\n");

    assertThat(RecordingSink.read(file).articles().get(0).title())
        .isEqualTo("First sentence here.");
  }

  @Test
  void aFileWithoutDateLineIsRejectedAtItsFirstLine() throws IOException {
    Path file = write("Just some notes.\nNo date here.\n");

    RecordingSink sink = RecordingSink.read(file);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.rejectedAt(1).reason())
        .isEqualTo(
            "a plain-text article starts with a line \" date YYYY-MM-DD\", not \"Just some"
                + " notes.\"");
  }

  @Test
  void anInvalidDateIsRejectedNamingIt() throws IOException {
    Path file = write("\n date 24.08.2024\nText.\n");

    assertThat(RecordingSink.read(file).rejectedAt(2).reason()).contains("date 24.08.2024 is not");
  }

  @Test
  void aDateWithoutTextIsRejected() throws IOException {
    Path file = write(" date 2024-08-22\n\n");

    assertThat(RecordingSink.read(file).rejectedAt(1).reason())
        .isEqualTo("no text after the date line");
  }

  @Test
  void invalidUtf8IsRejectedWithTheLineItIsOn() throws IOException {
    Path file = tmp.resolve("latin1.txt");
    Files.write(file, " date 2024-08-22\nCaf\u00e9 in Latin-1.\n".getBytes("ISO-8859-1"));

    assertThat(RecordingSink.read(file).rejectedAt(2).reason())
        .startsWith("invalid UTF-8 at byte 21 of the file");
  }

  @Test
  void aBinaryTextFileIsOneProblem() throws IOException {
    Path file = tmp.resolve("image.txt");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

    RecordingSink sink = RecordingSink.read(file);

    assertThat(sink.rejected)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("binary data"));
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(tmp, "article", ".txt");
    Files.writeString(file, content);
    return file;
  }
}
