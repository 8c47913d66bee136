package org.dragoman.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SortOrder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the {@code dragoman} command. */
public final class Dragoman {

  private Dragoman() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  // Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  /** Runs the command on the real process's streams and environment; returns the exit code. */
  public static int run(String... args) {
    // Lucene logs its vectorization set-up at INFO on every start: not for users' terminals.
    LUCENE_LOG.setLevel(Level.WARNING);
    return run(CliContext.system(), args);
  }

  /** Runs the command in {@code context}; returns the exit code. Never exits the JVM. */
  static int run(CliContext context, String... args) {
    CommandLine commandLine = commandLine(context);
    try {
      return commandLine.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new DragomanCommand(context));
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.registerConverter(ArticleDate.class, Dragoman::parseDate);
    commandLine.registerConverter(SortOrder.class, Dragoman::parseSort);
    commandLine.registerConverter(Duration.class, Dragoman::parseDuration);
    commandLine.setParameterExceptionHandler(Dragoman::usageError);
    commandLine.setExecutionExceptionHandler(
        (failure, failedCommand, parseResult) ->
            Failures.report(failure, verbose(parseResult), failedCommand.getErr()).code());
    documentExitCodes(commandLine);
    return commandLine;
  }

  private static ArticleDate parseDate(String text) {
    try {
      return ArticleDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static Duration parseDuration(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static SortOrder parseSort(String text) {
    try {
      return SortOrder.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** Bad usage: the message, the usage line and where to read more; exit 2. */
  private static int usageError(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("dragoman: " + problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
    err.print("Usage: " + command.getHelp().synopsis(0));
    err.printf("Try '%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
    return ExitCode.USAGE.code();
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  // picocli takes the exit code list as text; it comes from the enum so the two cannot drift.
  private static void documentExitCodes(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      documentExitCodes(subcommand);
    }
  }
}
