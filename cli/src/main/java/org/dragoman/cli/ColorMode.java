package org.dragoman.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --color=auto|always|never}: whether highlights in results are drawn with ANSI colour.
 * {@code auto} colours only when stdout is a terminal and {@code NO_COLOR} is not set
 * (https://no-color.org), so pipes and files get the plain {@code [word]} form.
 */
enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  static final String NO_COLOR_ENV = "NO_COLOR";

  /** Whether to colour, for output going to this context's stdout. */
  boolean colors(CliContext context) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> {
        String noColor = context.env().get(NO_COLOR_ENV);
        yield context.stdoutIsTerminal() && (noColor == null || noColor.isEmpty());
      }
    };
  }

  /** Parses {@code auto}, {@code always} or {@code never} in any case. */
  static final class Converter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String text) {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("color " + text + " is not one of auto, always, never");
      }
    }
  }
}
