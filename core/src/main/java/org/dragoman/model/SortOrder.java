package org.dragoman.model;

import java.util.Locale;

/** How search results are ordered. */
public enum SortOrder {
  /** Best match first; ties broken by id so that paging is stable. */
  RELEVANCE,
  /** Latest date first; undated articles last. */
  NEWEST,
  /** Earliest date first; undated articles last. */
  OLDEST;

  /** Parses {@code relevance}, {@code newest} or {@code oldest}, in any case. */
  public static SortOrder parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "sort " + text + " is not one of relevance, newest, oldest", e);
    }
  }
}
