package org.dragoman.report;

import java.util.Locale;
import org.dragoman.model.PeriodCount;
import org.dragoman.model.Timeline;

/**
 * A timeline as a horizontal bar chart in text, one line per period, bars drawn with Unicode block
 * elements in steps of an eighth of a character. A period with articles always shows at least a
 * sliver; an empty period shows no bar.
 *
 * <pre>{@code
 * System.out.print(TimelineText.render(timeline, 30));
 * // 2022 ███████▌                        3
 * // 2023                                0
 * // 2024 ██████████████████████████████ 12
 * // 1 more matching article has no date by year
 * }</pre>
 */
public final class TimelineText {

  private static final char FULL = '█';

  /** A bar's last partial cell, by eighths: index 1 is one eighth (▏), 7 is seven eighths (▉). */
  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

  private TimelineText() {}

  /**
   * The chart, lines ending with {@code \n}.
   *
   * @param width characters of the longest bar (the largest count), at least 1
   * @throws IllegalArgumentException when {@code width} is less than 1
   */
  public static String render(Timeline timeline, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width " + width + " is less than 1");
    }
    StringBuilder chart = new StringBuilder();
    if (timeline.periods().isEmpty()) {
      chart.append("no matching article has a date by ").append(unit(timeline)).append('\n');
    }
    long max = timeline.maxCount();
    int countWidth = String.valueOf(max).length();
    for (PeriodCount period : timeline.periods()) {
      String bar = bar(period.count(), max, width);
      chart
          .append(period.period())
          .append(' ')
          .append(bar)
          .append(" ".repeat(width - bar.length() + 1))
          .append(String.format(Locale.ROOT, "%" + countWidth + "d", period.count()))
          .append('\n');
    }
    long unplaced = timeline.unplaced();
    if (unplaced > 0 && !timeline.periods().isEmpty()) {
      chart
          .append(unplaced)
          .append(unplaced == 1 ? " more matching article has" : " more matching articles have")
          .append(" no date by ")
          .append(unit(timeline))
          .append('\n');
    }
    return chart.toString();
  }

  /** A bar of {@code count / max * width} characters, rounded to the nearest eighth. */
  static String bar(long count, long max, int width) {
    if (count == 0) {
      return "";
    }
    long eighths = Math.max(1, Math.round((double) count * width * 8 / max));
    StringBuilder bar = new StringBuilder();
    bar.append(String.valueOf(FULL).repeat((int) (eighths / 8)));
    if (eighths % 8 != 0) {
      bar.append(EIGHTHS.charAt((int) (eighths % 8)));
    }
    return bar.toString();
  }

  private static String unit(Timeline timeline) {
    return timeline.granularity().name().toLowerCase(Locale.ROOT);
  }
}
