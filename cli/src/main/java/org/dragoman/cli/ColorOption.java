package org.dragoman.cli;

import picocli.CommandLine.Option;

/** {@code --color=auto|always|never} of the commands that print hits. */
final class ColorOption {

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColorMode.Converter.class,
      description =
          "Highlights in colour: auto (when stdout is a terminal), always or never."
              + " Default: ${DEFAULT-VALUE}.")
  ColorMode mode;

  /** Whether this run prints colours, given where stdout goes. */
  boolean colors(CliContext context) {
    return mode.colors(context);
  }
}
