package org.dragoman.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command as a test: captured stdout and stderr, an environment of the test's own. */
final class Cli {
  private final Map<String, String> env = new HashMap<>();
  private Path workingDir = Path.of(System.getProperty("java.io.tmpdir"));
  private String stdin = "";
  private boolean stderrIsTerminal;
  private boolean stdoutIsTerminal;

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Path root() {
    return Path.of(System.getProperty("tests.root.dir", "..")).toAbsolutePath().normalize();
  }

  static Path corpus() {
    return root().resolve("testdata/corpus");
  }

  static Path fixture(String name) {
    return root().resolve("testdata/fixtures/ingest").resolve(name);
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli workingDir(Path dir) {
    workingDir = dir;
    return this;
  }

  Cli stdin(String text) {
    stdin = text;
    return this;
  }

  Cli stderrIsTerminal(boolean terminal) {
    stderrIsTerminal = terminal;
    return this;
  }

  Cli stdoutIsTerminal(boolean terminal) {
    stdoutIsTerminal = terminal;
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Map.copyOf(env),
            workingDir,
            stderrIsTerminal,
            100,
            stdoutIsTerminal);
    int exitCode = Dragoman.run(context, args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
