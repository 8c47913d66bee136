package org.dragoman.model;

import static java.util.Objects.requireNonNull;

/**
 * How many matching articles have one value of a facet dimension.
 *
 * <pre>{@code
 * new FacetCount("Kazinform", 12); // 12 matching articles come from Kazinform
 * }</pre>
 *
 * @param value the value as indexed: a source as written, {@code 2024}, {@code 2024-08}, {@code en}
 * @param count matching articles with this value (at least 1)
 */
public record FacetCount(String value, long count) {
  public FacetCount {
    requireNonNull(value, "value");
    if (count < 1) {
      throw new IllegalArgumentException("count " + count + " of " + value + " is less than 1");
    }
  }
}
