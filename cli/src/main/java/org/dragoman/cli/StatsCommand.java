package org.dragoman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dragoman.DragomanIndex;
import org.dragoman.model.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dragoman stats [--index DIR] [--json]}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "Show what the index holds.",
    description = {
      "Show what the index holds: documents, sources with counts, date range, size on disk.",
      "With --json, one object: {\"documents\", \"sources\": {name: count}, \"earliest\","
          + " \"latest\", \"size_on_disk_bytes\"}."
    })
final class StatsCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Mixin IndexOption indexOption;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--no-progress",
      description = "No progress bar when the default index is built on first use.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    IndexStats stats;
    try (DragomanIndex index =
        indexOption
            .resolve(context)
            .openForReading(
                context, IndexProgress.wanted(context.stderrIsTerminal(), json, noProgress))) {
      stats = index.stats();
    }
    context.out().print(json ? json(stats) + System.lineSeparator() : human(stats));
    return ExitCode.OK.code();
  }

  static String json(IndexStats stats) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("documents", stats.documents());
    ObjectNode sources = node.putObject("sources");
    stats.sources().forEach(sources::put);
    node.put("earliest", stats.earliest() == null ? null : stats.earliest().toString());
    node.put("latest", stats.latest() == null ? null : stats.latest().toString());
    node.put("size_on_disk_bytes", stats.sizeOnDiskBytes());
    return SearchOutput.write(node);
  }

  static String human(IndexStats stats) {
    StringBuilder text = new StringBuilder();
    String nl = System.lineSeparator();
    text.append(String.format(Locale.ROOT, "documents     %d%n", stats.documents()));
    text.append(
        String.format(
            Locale.ROOT,
            "dates         %s .. %s%n",
            stats.earliest() == null ? "-" : stats.earliest(),
            stats.latest() == null ? "-" : stats.latest()));
    text.append(
        String.format(
            Locale.ROOT, "size on disk  %.1f MB%n", stats.sizeOnDiskBytes() / 1_000_000.0));
    text.append("sources").append(nl);
    int width = stats.sources().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Long> source : stats.sources().entrySet()) {
      text.append(
          String.format(
              Locale.ROOT,
              "  %-" + Math.max(1, width) + "s  %d%n",
              source.getKey(),
              source.getValue()));
    }
    return text.toString();
  }
}
