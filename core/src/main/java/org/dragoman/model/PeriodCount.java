package org.dragoman.model;

import static java.util.Objects.requireNonNull;

/**
 * How many matching articles fall in one period of a {@link Timeline}.
 *
 * @param period {@code 2024} or {@code 2024-08}
 * @param count matching articles dated in the period; 0 for a gap between busier periods
 */
public record PeriodCount(String period, long count) {
  public PeriodCount {
    requireNonNull(period, "period");
    if (count < 0) {
      throw new IllegalArgumentException(
          "count " + count + " of period " + period + " is negative");
    }
  }
}
