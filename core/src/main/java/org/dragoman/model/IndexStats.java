package org.dragoman.model;

import java.util.Map;

/**
 * What an index holds.
 *
 * @param documents number of articles
 * @param sources article count per source, largest first
 * @param earliest the earliest article date, or null when no article has a date
 * @param latest the latest article date, or null
 * @param sizeOnDiskBytes bytes of the index files
 */
public record IndexStats(
    long documents,
    Map<String, Long> sources,
    ArticleDate earliest,
    ArticleDate latest,
    long sizeOnDiskBytes) {
  public IndexStats {
    sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
  }
}
