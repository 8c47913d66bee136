package org.dragoman.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on a command line: {@code 500ms}, {@code 2s}, {@code 1.5m}. */
final class Durations {

  private static final Pattern AMOUNT_AND_UNIT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|min)");

  private Durations() {}

  /**
   * Parses a positive amount with a unit: ns, us, ms, s, m (also min).
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  static Duration parse(String text) {
    Matcher matcher = AMOUNT_AND_UNIT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "duration '" + text + "' is not a number and a unit: write 500ms, 2s or 1m");
    }
    BigDecimal amount = new BigDecimal(matcher.group(1));
    long nanosPerUnit =
        switch (matcher.group(2)) {
          case "ns" -> 1L;
          case "us", "µs" -> 1_000L;
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          default -> 60_000_000_000L;
        };
    BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPerUnit));
    if (nanos.signum() == 0 || nanos.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("duration '" + text + "' is not positive");
    }
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("duration '" + text + "' is too long");
    }
    return Duration.ofNanos(nanos.longValue());
  }
}
