package org.dragoman.benchmarks;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** The analyzer Dragoman indexes article text with, as the benchmarks see it. */
final class DragomanChain {
  private DragomanChain() {}

  static Analyzer create() {
    // Until the name analysis lands, Dragoman's text chain is English analysis.
    return new EnglishAnalyzer();
  }
}
