package org.dragoman.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.dragoman.DragomanIndex;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dragoman related ID [--limit N] [--json]}: more articles like one article. */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    header = "Find the articles most like one article.",
    description = {
      "Find the articles most like the article ID (more-like-this over title and body, names in"
          + " any spelling), best first, without the article itself. An ID that no article has"
          + " is bad usage (exit 2).",
      "Output as for search; with --json one search result object whose query is"
          + " \"related to ID\"."
    })
final class RelatedCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Articles to show (1 to " + SearchRequest.MAX_LIMIT + "). Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--json", description = "One JSON object, as search --json prints.")
  boolean json;

  @Mixin ColorOption color;

  @Option(
      names = "--no-progress",
      description = "No progress bar when the default index is built on first use.")
  boolean noProgress;

  @Parameters(index = "0", paramLabel = "ID", description = "The id of an indexed article.")
  String id;

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new ParameterException(
          spec.commandLine(),
          "limit " + limit + " is not between 1 and " + SearchRequest.MAX_LIMIT);
    }
    if (id.isBlank()) {
      throw new ParameterException(spec.commandLine(), "The id is empty");
    }
    CliContext context = root.context();
    SearchResult result;
    try (DragomanIndex index =
        indexOption
            .resolve(context)
            .openForReading(
                context, IndexProgress.wanted(context.stderrIsTerminal(), json, noProgress))) {
      result = index.related(id.strip(), limit);
    }
    if (json) {
      context.out().println(SearchOutput.json(null, result));
    } else {
      SearchOutput.HumanStyle style = new SearchOutput.HumanStyle(color.colors(context), false);
      context.out().print(SearchOutput.human(null, result, 0, style));
    }
    return ExitCode.OK.code();
  }
}
