package org.dragoman.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR} of the commands that read an index. */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory. Default: $DRAGOMAN_INDEX or ./.dragoman/index.")
  Path dir;

  /** Where the index is: the option, else the environment, else the default directory. */
  IndexLocation resolve(CliContext context) {
    return IndexLocation.resolve(dir, context);
  }
}
