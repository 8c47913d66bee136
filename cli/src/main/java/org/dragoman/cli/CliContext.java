package org.dragoman.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the command sees of the world: its streams, environment and working directory.
 * Tests make their own, so they capture output and set the environment without touching the
 * process's.
 *
 * @param out results, and nothing else
 * @param err messages, problems and progress
 * @param in standard input, for {@code --queries -}
 * @param env environment variables (DRAGOMAN_INDEX, DRAGOMAN_DEFAULT_CORPUS)
 * @param workingDir where relative default paths are resolved
 * @param stderrIsTerminal whether {@code err} is a terminal, so a progress bar may be drawn
 * @param terminalColumns the terminal's width, for the progress bar and charts
 * @param stdoutIsTerminal whether {@code out} is a terminal, so highlights may be coloured
 */
record CliContext(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    Path workingDir,
    boolean stderrIsTerminal,
    int terminalColumns,
    boolean stdoutIsTerminal) {

  /** A context whose stdout is not a terminal (output captured or piped). */
  CliContext(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Map<String, String> env,
      Path workingDir,
      boolean stderrIsTerminal,
      int terminalColumns) {
    this(out, err, in, env, workingDir, stderrIsTerminal, terminalColumns, false);
  }

  /** The launcher sends the JVM's own stderr (startup warnings) elsewhere and ours to this file. */
  static final String STDERR_PROPERTY = "dragoman.stderr";

  /** The launcher knows whether stderr is a terminal before it redirects anything. */
  static final String STDERR_TERMINAL_PROPERTY = "dragoman.stderr.terminal";

  /** Likewise for stdout: whether results go to a terminal (colour) or to a pipe or file. */
  static final String STDOUT_TERMINAL_PROPERTY = "dragoman.stdout.terminal";

  static final String COLUMNS_PROPERTY = "dragoman.columns";

  /** The real process: System streams (UTF-8), environment and working directory. */
  static CliContext system() {
    PrintStream stderr = systemStderr();
    return new CliContext(
        utf8Writer(System.out),
        utf8Writer(stderr),
        System.in,
        System.getenv(),
        Path.of("").toAbsolutePath(),
        detectTerminal(STDERR_TERMINAL_PROPERTY, 2),
        columns(),
        detectTerminal(STDOUT_TERMINAL_PROPERTY, 1));
  }

  static PrintWriter utf8Writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static PrintStream systemStderr() {
    String target = System.getProperty(STDERR_PROPERTY);
    if (target == null || target.isBlank()) {
      return System.err;
    }
    try {
      // Append: when stderr is a file that stdout shares, writes must not overwrite each other.
      PrintStream stream =
          new PrintStream(new FileOutputStream(target, true), true, StandardCharsets.UTF_8);
      System.setErr(stream);
      return stream;
    } catch (IOException e) {
      System.err.println("dragoman: cannot write to " + target + " (" + e.getMessage() + ")");
      return System.err;
    }
  }

  /**
   * Whether file descriptor {@code fd} is a terminal: as the launcher says in {@code property},
   * else as /proc tells, else whether the JVM has a console.
   */
  private static boolean detectTerminal(String property, int fd) {
    String told = System.getProperty(property);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException e) {
        return false; // cannot tell: no progress bar, no colour is the safe choice
      }
    }
    return System.console() != null;
  }

  private static int columns() {
    String columns = System.getProperty(COLUMNS_PROPERTY, System.getenv("COLUMNS"));
    try {
      return columns == null ? 80 : Math.max(40, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
