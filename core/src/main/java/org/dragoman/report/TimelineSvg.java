package org.dragoman.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Granularity;
import org.dragoman.model.PeriodCount;
import org.dragoman.model.Timeline;

/**
 * A timeline as a standalone SVG bar chart: one bar per period (an empty period has a bar of height
 * 0, so the spacing stays true to time), a count scale on the left, period labels below (thinned
 * out to stay legible when there are many months), the query as the title, and each bar's period
 * and count as its tooltip. Opens in any browser.
 *
 * <pre>{@code
 * Files.writeString(Path.of("tokayev.svg"), TimelineSvg.render(timeline));
 * }</pre>
 */
public final class TimelineSvg {

  static final int PLOT_WIDTH = 720;
  static final int PLOT_HEIGHT = 240;
  private static final int LEFT = 56;
  private static final int TOP = 48;
  private static final int BOTTOM = 64;
  private static final int RIGHT = 24;
  private static final int MAX_LABELS = 24;
  private static final int TARGET_TICKS = 5;

  private TimelineSvg() {}

  /** The SVG document, UTF-8 text with an XML declaration. */
  public static String render(Timeline timeline) {
    List<PeriodCount> periods = timeline.periods();
    long top = scaleTop(timeline.maxCount());
    int width = LEFT + PLOT_WIDTH + RIGHT;
    int height = TOP + PLOT_HEIGHT + BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    svg.append("<style>.bar{fill:#3b6ea8}.bar:hover{fill:#d0782a}")
        .append(".grid{stroke:#ddd}.axis{stroke:#333}</style>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(text(LEFT, 24, "start", "font-size=\"15\" font-weight=\"bold\"", title(timeline)));
    appendScale(svg, top);
    appendBars(svg, periods, top);
    appendPeriodLabels(svg, timeline.granularity(), periods);
    int axisY = TOP + PLOT_HEIGHT;
    svg.append(line(LEFT, axisY, LEFT + PLOT_WIDTH, axisY, "axis"));
    svg.append(line(LEFT, TOP, LEFT, axisY, "axis"));
    svg.append(
        text(
            14,
            TOP + PLOT_HEIGHT / 2,
            "middle",
            "transform=\"rotate(-90 14 " + (TOP + PLOT_HEIGHT / 2) + ")\"",
            "articles"));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String title(Timeline timeline) {
    String per = timeline.granularity() == Granularity.YEAR ? "year" : "month";
    String title = "Articles per " + per + ": " + timeline.query();
    if (timeline.unplaced() > 0) {
      title += " (" + timeline.unplaced() + " more without a date by " + per + ")";
    }
    return title;
  }

  private static void appendScale(StringBuilder svg, long top) {
    long step = Math.max(1, top / TARGET_TICKS);
    for (long value = 0; value <= top; value += step) {
      double y = TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * value / top;
      svg.append(line(LEFT, y, LEFT + PLOT_WIDTH, y, "grid"));
      svg.append(text(LEFT - 6, y + 4, "end", "", Long.toString(value)));
    }
  }

  private static void appendBars(StringBuilder svg, List<PeriodCount> periods, long top) {
    double slot = periods.isEmpty() ? 0 : (double) PLOT_WIDTH / periods.size();
    for (int i = 0; i < periods.size(); i++) {
      PeriodCount period = periods.get(i);
      double barHeight = (double) PLOT_HEIGHT * period.count() / top;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\">"
                  + "<title>%s: %d</title></rect>\n",
              LEFT + i * slot + slot * 0.1,
              TOP + PLOT_HEIGHT - barHeight,
              slot * 0.8,
              barHeight,
              escape(period.period()),
              period.count()));
    }
  }

  private static void appendPeriodLabels(
      StringBuilder svg, Granularity granularity, List<PeriodCount> periods) {
    if (periods.isEmpty()) {
      return;
    }
    double slot = (double) PLOT_WIDTH / periods.size();
    int every = (periods.size() + MAX_LABELS - 1) / MAX_LABELS;
    int y = TOP + PLOT_HEIGHT + 16;
    for (int i = 0; i < periods.size(); i += every) {
      double x = LEFT + i * slot + slot / 2;
      String rotate =
          granularity == Granularity.MONTH
              ? String.format(Locale.ROOT, "transform=\"rotate(-45 %.2f %d)\"", x, y)
              : "";
      svg.append(
          text(
              x,
              y,
              granularity == Granularity.MONTH ? "end" : "middle",
              rotate,
              periods.get(i).period()));
    }
  }

  /** The top of the count scale: the largest count rounded up to a whole number of ticks. */
  static long scaleTop(long max) {
    if (max <= TARGET_TICKS) {
      return Math.max(1, max);
    }
    long step = niceStep((double) max / TARGET_TICKS);
    return (max + step - 1) / step * step;
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  private static long niceStep(double raw) {
    long power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (power * factor >= raw) {
        return power * factor;
      }
    }
    return power * 10;
  }

  private static String line(double x1, double y1, double x2, double y2, String cssClass) {
    return String.format(
        Locale.ROOT,
        "<line class=\"%s\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>\n",
        cssClass,
        x1,
        y1,
        x2,
        y2);
  }

  private static String text(double x, double y, String anchor, String extra, String content) {
    List<String> attributes = new ArrayList<>();
    attributes.add(String.format(Locale.ROOT, "x=\"%.2f\" y=\"%.2f\"", x, y));
    attributes.add("text-anchor=\"" + anchor + "\"");
    if (!extra.isEmpty()) {
      attributes.add(extra);
    }
    return "<text " + String.join(" ", attributes) + ">" + escape(content) + "</text>\n";
  }

  /** Text as XML character data or attribute value. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                  // Control characters other than tab and newline are not allowed in XML 1.0.
                  if (c >= 0x20 || c == '\t' || c == '\n') {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }
}
