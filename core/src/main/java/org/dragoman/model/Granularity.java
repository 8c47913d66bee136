package org.dragoman.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The period a {@link Timeline} counts by. Period labels are {@code 2024} for years and {@code
 * 2024-08} for months; they sort chronologically as text.
 */
public enum Granularity {
  YEAR,
  MONTH;

  /**
   * Parses {@code year} or {@code month}, in any case.
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static Granularity parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("granularity " + text + " is not one of year, month", e);
    }
  }

  /** The label of the period containing {@code day}: {@code 2024} or {@code 2024-08}. */
  public String label(LocalDate day) {
    return switch (this) {
      case YEAR -> String.format("%04d", day.getYear());
      case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
    };
  }

  /**
   * The label of the period after {@code label}.
   *
   * @throws IllegalArgumentException when {@code label} is not a period label of this granularity
   */
  public String next(String label) {
    try {
      return switch (this) {
        case YEAR -> label(Year.parse(label).plusYears(1).atDay(1));
        case MONTH -> label(YearMonth.parse(label).plusMonths(1).atDay(1));
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "period " + label + " is not a " + name().toLowerCase(Locale.ROOT) + " label", e);
    }
  }
}
