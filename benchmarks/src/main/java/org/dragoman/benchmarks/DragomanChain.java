package org.dragoman.benchmarks;

import org.apache.lucene.analysis.Analyzer;
import org.dragoman.analysis.DragomanAnalyzers;

/**
 * Dragoman's name chain as the benchmarks see it: the analyzer of the {@value #FIELD} field of
 * {@link DragomanAnalyzers#standard()}, the one that indexes every spelling of the names in an
 * article's body. Whatever that field is analysed with, the benchmark measures.
 */
final class DragomanChain implements AutoCloseable {

  /** The field whose analysis is measured. */
  static final String FIELD = DragomanAnalyzers.BODY_NAMES;

  private final DragomanAnalyzers analyzers = DragomanAnalyzers.standard();

  /** The per-field index analyzer; analyse with {@link #FIELD} as the field name. */
  Analyzer analyzer() {
    return analyzers.indexAnalyzer();
  }

  @Override
  public void close() {
    analyzers.close();
  }
}
