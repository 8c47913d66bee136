package org.dragoman.ingest;

import com.google.common.base.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.IngestProblem;

/**
 * Reads the plain-text article format: one article per file, a first line {@code " date
 * YYYY-MM-DD"} (the lead may follow on the same line), then the text. The title is the lead
 * sentence, the source and cited sources come from the lead's attribution ("..., Kazinform News
 * Agency cites Akorda."), the body is the whole text and the id is derived from the content.
 */
final class PlainTextArticleReader {

  /** {@code date 2024-08-22}, any case, spaces around, an optional colon; the rest is text. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^[ \\t]*date[ \\t]*:?[ \\t]*(?<date>\\S+)[ \\t]*(?<rest>.*)$", Pattern.CASE_INSENSITIVE);

  /** Titles longer than this are cut at a word boundary: a lead can be a paragraph. */
  static final int MAX_TITLE_CHARS = 300;

  private final int maxFileBytes;

  PlainTextArticleReader(int maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  void read(InputStream in, String file, ArticleSink sink) throws IOException {
    byte[] bytes = in.readNBytes(maxFileBytes + 1);
    if (bytes.length > maxFileBytes) {
      sink.reject(
          new IngestProblem(
              file, 0, "file is longer than the limit of " + maxFileBytes + " bytes per article"));
      return;
    }
    try {
      sink.accept(parse(bytes, file), file, 1);
    } catch (InvalidItemException e) {
      sink.reject(new IngestProblem(file, lineOf(e), e.getMessage()));
    }
  }

  private Article parse(byte[] bytes, String file) throws InvalidItemException {
    int start = hasByteOrderMark(bytes) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new LineProblem(
            0, "binary data, not a plain-text article (a NUL byte at offset " + i + ")");
      }
    }
    if (!Utf8.isWellFormed(bytes, start, bytes.length - start)) {
      int at = Utf8Errors.malformedAt(bytes, start, bytes.length - start);
      throw new LineProblem(
          lineOfByte(bytes, start, at),
          Utf8Errors.describe(bytes, at, start, bytes.length, "file"));
    }
    String[] lines =
        new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)
            .split("\r?\n|\r", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first == lines.length) {
      throw new LineProblem(0, "the file is empty");
    }
    long lineNumber = first + 1;
    Matcher dateLine = DATE_LINE.matcher(lines[first]);
    if (!dateLine.matches()) {
      throw new LineProblem(
          lineNumber,
          "a plain-text article starts with a line \" date YYYY-MM-DD\", not \""
              + abbreviate(lines[first].strip(), 60)
              + "\"");
    }
    ArticleDate date;
    try {
      date = ArticleDate.parse(dateLine.group("date"));
    } catch (IllegalArgumentException e) {
      throw new LineProblem(lineNumber, e.getMessage());
    }
    StringBuilder text = new StringBuilder(dateLine.group("rest"));
    for (int i = first + 1; i < lines.length; i++) {
      text.append('\n').append(lines[i]);
    }
    String body = text.toString().strip();
    if (body.isEmpty()) {
      throw new LineProblem(lineNumber, "no text after the date line");
    }
    String lead = leadSentence(body);
    LeadAttribution attribution = LeadAttribution.of(lead);
    String title = abbreviate(lead, MAX_TITLE_CHARS);
    return Article.builder()
        .id(ContentId.of(attribution.source(), date, title, body))
        .date(date)
        .source(attribution.source())
        .title(title)
        .body(body)
        .citedSources(attribution.citedSources())
        .build();
  }

  /** The first sentence of the first paragraph. */
  static String leadSentence(String body) {
    int paragraphEnd = body.indexOf("\n\n");
    String paragraph = (paragraphEnd < 0 ? body : body.substring(0, paragraphEnd)).strip();
    paragraph = paragraph.replaceAll("\\s+", " ");
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(paragraph);
    int end = sentences.next();
    return (end == BreakIterator.DONE ? paragraph : paragraph.substring(0, end)).strip();
  }

  private static String abbreviate(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = text.lastIndexOf(' ', maxChars - 1);
    return text.substring(0, cut > maxChars / 2 ? cut : maxChars - 1) + "…";
  }

  private static long lineOfByte(byte[] bytes, int from, int at) {
    long line = 1;
    for (int i = from; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  private static long lineOf(InvalidItemException e) {
    return e instanceof LineProblem problem ? problem.line : 0;
  }

  /** A problem with the line it is on (0 for the whole file). */
  private static final class LineProblem extends InvalidItemException {
    private final long line;

    LineProblem(long line, String reason) {
      super(reason);
      this.line = line;
    }
  }
}
