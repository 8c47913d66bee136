package org.dragoman.model;

import java.util.Comparator;
import java.util.List;

/**
 * Counts of the matching articles by source, year, month and language: what a result is made of, at
 * a glance. Each list holds only values with at least one article, <b>most frequent first</b>, ties
 * in ascending value order (so equal years appear chronologically). For a chronological series with
 * the empty periods filled in, ask for a {@link Timeline}.
 *
 * <p>Articles dated only to the year count in {@link #year()} but not in {@link #month()}; undated
 * articles count in neither, articles without a source or language not in those lists.
 *
 * <pre>{@code
 * Facets facets = index.search(SearchRequest.builder("Tokayev").facets(true).build()).facets();
 * for (FacetCount source : facets.source()) {
 *   System.out.println(source.value() + " " + source.count());
 * }
 * }</pre>
 *
 * @param source per source, as written in the articles
 * @param year per year, {@code 2024}
 * @param month per month, {@code 2024-08}
 * @param lang per language code, lower-cased
 */
public record Facets(
    List<FacetCount> source, List<FacetCount> year, List<FacetCount> month, List<FacetCount> lang) {

  /** Most frequent first, then by value. */
  public static final Comparator<FacetCount> ORDER =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

  public Facets {
    source = ordered(source, "source");
    year = ordered(year, "year");
    month = ordered(month, "month");
    lang = ordered(lang, "lang");
  }

  private static List<FacetCount> ordered(List<FacetCount> counts, String dimension) {
    if (counts == null) {
      throw new IllegalArgumentException("facet " + dimension + " is null: use an empty list");
    }
    List<FacetCount> sorted = counts.stream().sorted(ORDER).toList();
    long distinct = sorted.stream().map(FacetCount::value).distinct().count();
    if (distinct != sorted.size()) {
      throw new IllegalArgumentException("facet " + dimension + " repeats a value: " + counts);
    }
    return sorted;
  }
}
