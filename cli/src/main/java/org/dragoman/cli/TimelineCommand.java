package org.dragoman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.DragomanIndex;
import org.dragoman.model.Granularity;
import org.dragoman.model.PeriodCount;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.Timeline;
import org.dragoman.report.TimelineSvg;
import org.dragoman.report.TimelineText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dragoman timeline QUERY [--by year|month] [--json] [--svg FILE]}. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    header = "Count the matching articles per year or month, as a chart.",
    description = {
      "Count the articles matching QUERY (same syntax and filters as search) per year or month,"
          + " oldest first, empty periods included, and draw the counts as a bar chart.",
      "With --json, one object: {\"query\", \"by\", \"total\", \"periods\": [{\"period\","
          + " \"count\"}], \"unplaced\"}; unplaced counts the matching articles without a date"
          + " of that precision (total = sum of counts + unplaced).",
      "--svg FILE also writes the chart as an SVG image that any browser opens."
    })
final class TimelineCommand implements Callable<Integer> {

  /** Chart bars never get wider than this, however wide the terminal. */
  static final int MAX_BAR_WIDTH = 60;

  static final int MIN_BAR_WIDTH = 10;

  @ParentCommand DragomanCommand root;

  @Spec CommandSpec spec;

  @Mixin FilterOptions filters;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "year",
      converter = GranularityConverter.class,
      description = "year or month. Default: ${DEFAULT-VALUE}.")
  Granularity by;

  @Option(names = "--json", description = "Print the series as one JSON object.")
  boolean json;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also write the chart to FILE (SVG).")
  Path svgFile;

  @Option(
      names = "--no-progress",
      description = "No progress bar when the default index is built on first use.")
  boolean noProgress;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query.")
  List<String> queryWords = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    CliContext context = root.context();
    SearchRequest request = validatedRequest();
    Timeline timeline;
    try (DragomanIndex index =
        indexOption
            .resolve(context)
            .openForReading(
                context,
                IndexProgress.wanted(context.stderrIsTerminal(), json, noProgress),
                filters.indexOptions(context))) {
      timeline = index.timeline(request, by);
    }
    if (svgFile != null) {
      Path target = context.workingDir().resolve(svgFile);
      writeSvg(target, timeline);
      context.err().println("dragoman: wrote the timeline chart to " + target);
    }
    context
        .out()
        .print(
            json
                ? json(timeline) + System.lineSeparator()
                : human(timeline, context.terminalColumns()));
    return ExitCode.OK.code();
  }

  private SearchRequest validatedRequest() {
    String text = String.join(" ", queryWords);
    if (text.isBlank()) {
      throw new ParameterException(spec.commandLine(), "The query is empty");
    }
    try {
      return filters.applyTo(SearchRequest.builder(text)).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private static void writeSvg(Path target, Timeline timeline) throws IOException {
    try {
      Files.writeString(target, TimelineSvg.render(timeline), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ExitCode.UsageException(
          "cannot write " + target + ": its directory does not exist", e);
    }
  }

  /** {@code {"query", "by", "total", "periods": [{"period", "count"}], "unplaced"}}. */
  static String json(Timeline timeline) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("query", timeline.query());
    node.put("by", timeline.granularity().name().toLowerCase(Locale.ROOT));
    node.put("total", timeline.total());
    ArrayNode periods = node.putArray("periods");
    for (PeriodCount period : timeline.periods()) {
      periods.addObject().put("period", period.period()).put("count", period.count());
    }
    node.put("unplaced", timeline.unplaced());
    return SearchOutput.write(node);
  }

  /** A heading with the total, then the chart sized to the terminal. */
  static String human(Timeline timeline, int columns) {
    String heading =
        String.format(
            Locale.ROOT,
            "%d %s for \"%s\" by %s%n%n",
            timeline.total(),
            timeline.total() == 1 ? "result" : "results",
            timeline.query(),
            timeline.granularity().name().toLowerCase(Locale.ROOT));
    return heading + TimelineText.render(timeline, barWidth(timeline, columns));
  }

  /** What is left of the line after the period label, the count and the spaces between. */
  static int barWidth(Timeline timeline, int columns) {
    int label = timeline.granularity() == Granularity.YEAR ? 4 : 7;
    int count = String.valueOf(timeline.maxCount()).length();
    int free = columns - label - count - 3;
    return Math.max(MIN_BAR_WIDTH, Math.min(MAX_BAR_WIDTH, free));
  }

  /** {@code year} or {@code month}, in any case. */
  static final class GranularityConverter
      implements picocli.CommandLine.ITypeConverter<Granularity> {
    @Override
    public Granularity convert(String text) {
      try {
        return Granularity.parse(text);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
