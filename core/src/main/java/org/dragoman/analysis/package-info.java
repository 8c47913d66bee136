/**
 * Lucene analysis for transliteration-aware name search: {@link
 * org.dragoman.analysis.NameTokenizer} (words, initials and hyphens split, apostrophes kept),
 * {@link org.dragoman.analysis.NameKeyFilter} (every spelling of a name, Latin or Cyrillic, to
 * shared transliteration keys computed by {@link org.dragoman.analysis.NameKeyer}), query-time
 * aliases ({@link org.dragoman.analysis.NameAliases}, a data resource applied with Lucene's
 * SynonymGraphFilter), their SPI factories, the ready-made {@link
 * org.dragoman.analysis.NameAnalyzer} / {@link org.dragoman.analysis.ExactNameAnalyzer} pair and
 * {@link org.dragoman.analysis.AnalysisInspector} for {@code dragoman analyze}. Field schemas and
 * queries live in {@code index} and {@code search}, not here.
 */
package org.dragoman.analysis;
