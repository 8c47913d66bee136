package org.dragoman.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dragoman.model.Granularity;
import org.dragoman.model.PeriodCount;
import org.dragoman.model.Timeline;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Timelines drawn for people: a text chart for terminals and an SVG file for browsers. */
class TimelineRenderingTest {

  private static final Timeline YEARS =
      new Timeline(
          "Tokayev & <Rahmon>",
          Granularity.YEAR,
          List.of(
              new PeriodCount("2019", 4),
              new PeriodCount("2020", 0),
              new PeriodCount("2021", 1),
              new PeriodCount("2022", 8)),
          15);

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> bars(Document svg) {
    NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if ("bar".equals(rect.getAttribute("class"))) {
        bars.add(rect);
      }
    }
    return bars;
  }

  @Test
  void svgIsWellFormedWithOneBarPerPeriodInOrder() throws Exception {
    Document svg = parse(TimelineSvg.render(YEARS));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    List<Element> bars = bars(svg);
    assertThat(bars).hasSize(4);
    assertThat(bars)
        .extracting(b -> b.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .containsExactly("2019: 4", "2020: 0", "2021: 1", "2022: 8");
    List<Double> xs = bars.stream().map(b -> Double.parseDouble(b.getAttribute("x"))).toList();
    assertThat(xs).isSorted();
    List<Double> heights =
        bars.stream().map(b -> Double.parseDouble(b.getAttribute("height"))).toList();
    assertThat(heights.get(1)).isZero();
    assertThat(heights.get(3))
        .isEqualTo(heights.get(0) * 2, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void svgHasTheQueryAsTitleAndLabelsOnBothAxes() throws Exception {
    String text = TimelineSvg.render(YEARS);
    Document svg = parse(text);
    NodeList texts = svg.getElementsByTagNameNS("*", "text");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent());
    }
    assertThat(labels.get(0))
        .isEqualTo("Articles per year: Tokayev & <Rahmon> (2 more without a date by year)");
    assertThat(labels).contains("2019", "2020", "2021", "2022", "0", "articles");
    assertThat(labels).anyMatch(l -> l.equals("8") || l.equals("10"));
  }

  @Test
  void manyMonthsGetThinnedOutLabelsButEveryBar() throws Exception {
    List<PeriodCount> months = new ArrayList<>();
    String period = "2000-01";
    for (int i = 0; i < 120; i++) {
      months.add(new PeriodCount(period, i % 7));
      period = Granularity.MONTH.next(period);
    }
    Timeline timeline = new Timeline("Nazarbayev", Granularity.MONTH, months, 1000);
    Document svg = parse(TimelineSvg.render(timeline));
    assertThat(bars(svg)).hasSize(120);
    NodeList texts = svg.getElementsByTagNameNS("*", "text");
    long periodLabels = 0;
    for (int i = 0; i < texts.getLength(); i++) {
      if (texts.item(i).getTextContent().matches("\\d{4}-\\d{2}")) {
        periodLabels++;
      }
    }
    assertThat(periodLabels).isBetween(10L, 24L);
  }

  @Test
  void anEmptyTimelineStillDrawsAValidChart() throws Exception {
    Timeline empty = new Timeline("nothing", Granularity.YEAR, List.of(), 0);
    assertThat(bars(parse(TimelineSvg.render(empty)))).isEmpty();
    assertThat(TimelineText.render(empty, 20))
        .isEqualTo("no matching article has a date by year\n");
  }

  @Test
  void scaleTopIsARoundNumberAboveTheLargestCount() {
    assertThat(TimelineSvg.scaleTop(0)).isEqualTo(1);
    assertThat(TimelineSvg.scaleTop(4)).isEqualTo(4);
    assertThat(TimelineSvg.scaleTop(8)).isEqualTo(8);
    assertThat(TimelineSvg.scaleTop(37)).isEqualTo(40);
    assertThat(TimelineSvg.scaleTop(1234)).isEqualTo(1500);
  }

  @Test
  void textChartHasOneLinePerPeriodScaledToTheWidth() {
    String chart = TimelineText.render(YEARS, 16);
    assertThat(chart.lines().toList())
        .containsExactly(
            "2019 ████████         4",
            "2020                  0",
            "2021 ██               1",
            "2022 ████████████████ 8",
            "2 more matching articles have no date by year");
  }

  @Test
  void textBarsUseEighthBlocksAndNeverHideASmallCount() {
    assertThat(TimelineText.bar(1, 1000, 10)).isEqualTo("▏");
    assertThat(TimelineText.bar(3, 8, 2)).isEqualTo("▊");
    assertThat(TimelineText.bar(9, 16, 3)).isEqualTo("█▊");
    assertThat(TimelineText.bar(0, 16, 3)).isEmpty();
    assertThatThrownBy(() -> TimelineText.render(YEARS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width 0 is less than 1");
  }
}
