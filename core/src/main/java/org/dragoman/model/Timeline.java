package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many matching articles each year or month holds, in chronological order from the first period
 * with an article to the last, every period in between present (with count 0 if empty), so that a
 * chart drawn from it has no holes.
 *
 * <pre>{@code
 * Timeline timeline = index.timeline(SearchRequest.of("Tokayev Rahmon"), Granularity.YEAR);
 * for (PeriodCount p : timeline.periods()) {
 *   System.out.println(p.period() + " " + p.count());
 * }
 * System.out.println(timeline.unplaced() + " articles have no date of that precision");
 * }</pre>
 *
 * @param query the query text as asked
 * @param granularity years or months
 * @param periods the series, oldest first; empty when no matching article has a date of this
 *     precision
 * @param total all matching articles, including those not placed in any period: undated ones, and
 *     by month those dated only to the year
 */
public record Timeline(
    String query, Granularity granularity, List<PeriodCount> periods, long total) {

  public Timeline {
    requireNonNull(query, "query");
    requireNonNull(granularity, "granularity");
    periods = List.copyOf(periods);
    String expected = null;
    for (PeriodCount period : periods) {
      if (expected != null && !expected.equals(period.period())) {
        throw new IllegalArgumentException(
            "period " + period.period() + " follows a gap or disorder: expected " + expected);
      }
      expected = granularity.next(period.period());
    }
    long placed = periods.stream().mapToLong(PeriodCount::count).sum();
    if (total < placed) {
      throw new IllegalArgumentException(
          "total " + total + " is less than the " + placed + " articles in periods");
    }
  }

  /**
   * The series of the given counts: sorted, and the periods between them filled in with zeros.
   *
   * @param counts articles per period label (in any order, no period twice)
   */
  public static Timeline of(
      String query, Granularity granularity, List<PeriodCount> counts, long total) {
    List<PeriodCount> sorted =
        counts.stream().sorted(Comparator.comparing(PeriodCount::period)).toList();
    List<PeriodCount> filled = new ArrayList<>();
    for (PeriodCount count : sorted) {
      if (!filled.isEmpty()) {
        String next = granularity.next(filled.get(filled.size() - 1).period());
        while (next.compareTo(count.period()) < 0) {
          filled.add(new PeriodCount(next, 0));
          next = granularity.next(next);
        }
      }
      filled.add(count);
    }
    return new Timeline(query, granularity, filled, total);
  }

  /** Matching articles in no period: undated, or (by month) dated only to the year. */
  public long unplaced() {
    return total - periods.stream().mapToLong(PeriodCount::count).sum();
  }

  /** The largest count of a period, 0 for an empty series: the top of a chart's scale. */
  public long maxCount() {
    return periods.stream().mapToLong(PeriodCount::count).max().orElse(0);
  }
}
