package org.dragoman.ingest;

import org.dragoman.model.Article;
import org.dragoman.model.IngestProblem;

/**
 * Receives what readers find in their input, in input order. Readers stream: they hand over each
 * article as soon as it is parsed and keep nothing, so a corpus of any size reads in constant
 * memory.
 */
public interface ArticleSink {

  /** A valid article, read from {@code file} at {@code line} (1-based; 0 for whole files). */
  void accept(Article article, String file, long line);

  /** An input item that is bad: malformed, wrong types, invalid date, missing body ... */
  void reject(IngestProblem problem);

  /** An input item or file left out on purpose: an unsupported file type, an empty file. */
  void skip(IngestProblem problem);

  /** Raw input bytes consumed since the last call (compressed bytes for .gz), for progress. */
  default void bytesRead(long bytes) {}
}
