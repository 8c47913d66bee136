package org.dragoman.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dragoman.model.Article;
import org.dragoman.model.IngestProblem;

/**
 * TEMPORARY minimal reader (JSON Lines only, {@code .jsonl} and {@code .jsonl.gz}, and directories
 * of them), written so that the index can be built and tested before the real readers arrive. It is
 * replaced by the ingest implementation at merge, which has the same public API.
 */
public final class CorpusReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KNOWN =
      Set.of("id", "date", "source", "title", "body", "lang", "url", "cites");

  public CorpusReader() {}

  /** Streams the articles of a file or, recursively, of a directory to {@code sink}. */
  public void read(Path fileOrDir, ArticleSink sink) throws IOException {
    if (Files.isDirectory(fileOrDir)) {
      try (Stream<Path> files = Files.walk(fileOrDir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          read(file, sink);
        }
      }
      return;
    }
    String name = fileOrDir.getFileName().toString();
    if (!name.endsWith(".jsonl") && !name.endsWith(".jsonl.gz")) {
      sink.skip(new IngestProblem(fileOrDir.toString(), 0, "unsupported file type"));
      return;
    }
    try (InputStream raw = Files.newInputStream(fileOrDir);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          sink.accept(article(JSON.readTree(line)), fileOrDir.toString(), lineNumber);
        } catch (IOException | IllegalArgumentException e) {
          sink.reject(new IngestProblem(fileOrDir.toString(), lineNumber, e.getMessage()));
        }
      }
    }
    sink.bytesRead(Files.size(fileOrDir));
  }

  private static Article article(JsonNode node) {
    Article.Builder builder =
        Article.builder()
            .id(text(node, "id"))
            .date(text(node, "date"))
            .source(text(node, "source"))
            .title(text(node, "title"))
            .body(text(node, "body"))
            .lang(text(node, "lang"))
            .url(text(node, "url"));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!KNOWN.contains(field.getKey()) && field.getValue().isValueNode()) {
        builder.metadata(field.getKey(), field.getValue().asText());
      }
    }
    if (builder.id() == null) {
      builder.id(Integer.toHexString(node.toString().hashCode()));
    }
    return builder.build();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** Bytes of all input files, for progress. */
  public static long totalBytes(List<Path> paths) {
    long total = 0;
    for (Path path : paths) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          total += Files.size(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }
}
