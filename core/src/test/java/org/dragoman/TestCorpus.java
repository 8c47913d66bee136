package org.dragoman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dragoman.model.Article;

/**
 * The bundled test data as {@link Article}s, read here with Jackson so that index and search tests
 * do not depend on the ingest readers.
 */
public final class TestCorpus {

  public static final String KAZINFORM_ID = "kazinform-2024-08-22-tokayev-rahmon";

  private static final Pattern FIRST_LINE = Pattern.compile("\\s*date (\\d{4}-\\d{2}-\\d{2}) (.*)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestCorpus() {}

  public static Path root() {
    return Path.of(System.getProperty("tests.root.dir", "..")).toAbsolutePath().normalize();
  }

  public static Path corpusFile(String name) {
    return root().resolve("testdata/corpus").resolve(name);
  }

  /** The founding article: Kazinform, 2024-08-22, Tokayev and Rahmon in Dushanbe. */
  public static Article kazinform() {
    try {
      String text =
          Files.readString(corpusFile("kazinform-2024-08-22-tokayev-rahmon.txt")).replace("\r", "");
      int newline = text.indexOf('\n');
      Matcher first = FIRST_LINE.matcher(text.substring(0, newline));
      if (!first.matches()) {
        throw new IllegalStateException("kazinform test file does not start with ' date ...'");
      }
      String lead = first.group(2).strip();
      return Article.builder()
          .id(KAZINFORM_ID)
          .date(first.group(1))
          .source("Kazinform")
          .title(lead)
          .body(lead + "\n" + text.substring(newline + 1).strip())
          .lang("en")
          .citedSource("Akorda")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The articles of a bundled {@code .jsonl.gz} corpus, in file order. */
  public static List<Article> jsonl(String name) {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpusFile(name))),
                StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode node = JSON.readTree(line);
        articles.add(
            Article.builder()
                .id(node.get("id").asText())
                .date(text(node, "date"))
                .source(text(node, "source"))
                .title(text(node, "title"))
                .body(text(node, "body"))
                .lang(text(node, "lang"))
                .url(text(node, "url"))
                .build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  public static List<Article> kremlin() {
    return jsonl("kremlin-centralasia.jsonl.gz");
  }

  public static List<Article> ungdc() {
    return jsonl("ungdc-centralasia.jsonl.gz");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
