package org.dragoman.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: declares the subcommands, the global options and the exit codes. */
@Command(
    name = "dragoman",
    mixinStandardHelpOptions = true,
    versionProvider = DragomanCommand.Version.class,
    description = "Full-text search for diplomatic news.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      AnalyzeCommand.class,
      EvalNamesCommand.class,
      CheckCommand.class,
      TimelineCommand.class,
      RelatedCommand.class
    },
    footerHeading = "%nIndex location:%n",
    footer = {
      "--index DIR, else the directory in $DRAGOMAN_INDEX, else ./.dragoman/index.",
      "When that default index does not exist yet and $DRAGOMAN_DEFAULT_CORPUS names a",
      "file or directory, search, timeline, related and stats build the index from it first;",
      "they rebuild it the same way when it was written by an older Dragoman."
    })
final class DragomanCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of unexpected failures.")
  boolean verbose;

  DragomanCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  /** {@code dragoman} alone: say what is missing. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: index, search, timeline, related, stats, check, analyze or eval-names");
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = DragomanCommand.class.getPackage().getImplementationVersion();
      return new String[] {"dragoman " + (version == null ? "(development build)" : version)};
    }
  }
}
