package org.dragoman.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.model.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dragoman index [--index DIR] PATH...}: reads articles into the index, then reports. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Add articles from files and directories to the index.",
    description = {
      "Index articles from files and directories: JSON Lines (.jsonl, .jsonl.gz), plain-text"
          + " articles (.txt) and directories of them, recursively.",
      "Articles with an id already indexed are replaced. Prints the report on stdout and every"
          + " rejected or skipped item as file:line: reason on stderr; exits 2 when any item was"
          + " rejected (the others are indexed all the same)."
    })
final class IndexCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Index directory (created if missing). Default: $DRAGOMAN_INDEX or ./.dragoman/index.")
  Path indexDir;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit after every N articles, so that an interrupted run keeps them."
              + " Default: every 100000 articles and every minute.")
  Integer commitEvery;

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    IndexLocation location = IndexLocation.resolve(indexDir, context);
    List<Path> inputs = paths.stream().map(p -> context.workingDir().resolve(p)).toList();
    IndexProgress progress =
        new IndexProgress(
            context.err(),
            IndexProgress.wanted(context.stderrIsTerminal(), false, noProgress),
            context.terminalColumns());
    DragomanOptions options = DragomanOptions.defaults();
    if (commitEvery != null) {
      if (commitEvery < 1) {
        throw new ParameterException(
            spec.commandLine(), "--commit-every " + commitEvery + " is less than 1");
      }
      options = options.withCommitEvery(commitEvery);
    }
    IndexReport report;
    try (DragomanIndex index = DragomanIndex.open(location.dir(), options)) {
      report = index.add(inputs, progress);
    }
    context.out().print(ReportFormat.human(report));
    context.out().flush();
    if (report.invalid() > 0) {
      context
          .err()
          .println(
              "dragoman: "
                  + report.invalid()
                  + (report.invalid() == 1 ? " item was" : " items were")
                  + " rejected; the other articles were indexed");
      return ExitCode.USAGE.code();
    }
    return ExitCode.OK.code();
  }
}
