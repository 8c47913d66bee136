package org.dragoman.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.IngestProblem;

/** Keeps everything a reader hands over, in order, for assertions. */
final class RecordingSink implements ArticleSink {

  /** An article with where it was read. */
  record Accepted(Article article, String file, long line) {}

  final List<Accepted> accepted = new ArrayList<>();
  final List<IngestProblem> rejected = new ArrayList<>();
  final List<IngestProblem> skipped = new ArrayList<>();
  long bytesRead;

  @Override
  public void accept(Article article, String file, long line) {
    accepted.add(new Accepted(article, file, line));
  }

  @Override
  public void reject(IngestProblem problem) {
    rejected.add(problem);
  }

  @Override
  public void skip(IngestProblem problem) {
    skipped.add(problem);
  }

  @Override
  public void bytesRead(long bytes) {
    if (bytes <= 0) {
      throw new AssertionError("bytesRead(" + bytes + ") is not positive");
    }
    bytesRead += bytes;
  }

  List<Article> articles() {
    return accepted.stream().map(Accepted::article).toList();
  }

  List<String> ids() {
    return accepted.stream().map(a -> a.article().id()).toList();
  }

  List<Long> rejectedLines() {
    return rejected.stream().map(IngestProblem::line).toList();
  }

  IngestProblem rejectedAt(long line) {
    return rejected.stream()
        .filter(p -> p.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem at line " + line + ": " + rejected));
  }

  static RecordingSink read(java.nio.file.Path path) throws java.io.IOException {
    RecordingSink sink = new RecordingSink();
    new CorpusReader().read(path, sink);
    return sink;
  }
}
