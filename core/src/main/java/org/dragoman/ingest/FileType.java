package org.dragoman.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of input file Dragoman reads, recognised by file name. */
enum FileType {
  JSON_LINES,
  JSON_LINES_GZIP,
  PLAIN_TEXT_ARTICLE,
  UNSUPPORTED;

  /** Supported names, for messages about the others. */
  static final String SUPPORTED = ".jsonl, .ndjson, .jsonl.gz, .ndjson.gz or .txt";

  static FileType of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return UNSUPPORTED;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz")) {
      return JSON_LINES_GZIP;
    }
    if (lower.endsWith(".txt")) {
      return PLAIN_TEXT_ARTICLE;
    }
    return UNSUPPORTED;
  }
}
