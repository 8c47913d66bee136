package org.dragoman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.DragomanIndex;
import org.dragoman.model.IndexHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dragoman check [--index DIR] [--json]}: is the index intact and of this version. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Check the index's integrity and schema version.",
    description = {
      "Run Lucene's integrity check (checksums and structure of every segment) and compare the"
          + " schema version recorded in the last commit with the one this Dragoman reads.",
      "Exits 0 when the index is clean, 3 when it is corrupt, unreadable or of another schema"
          + " version (index the articles again), 5 while another process writes to it.",
      "With --json, one object: {\"index\", \"healthy\", \"segments\", \"documents\","
          + " \"schema_version\", \"expected_schema_version\", \"problems\": [...]}."
    })
final class CheckCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Mixin IndexOption indexOption;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    Path dir = indexOption.resolve(context).dir();
    IndexHealth health = DragomanIndex.check(dir);
    context.out().print(json ? json(dir, health) + System.lineSeparator() : human(dir, health));
    context.out().flush();
    if (health.isHealthy()) {
      return ExitCode.OK.code();
    }
    for (String problem : health.problems()) {
      context.err().println("dragoman: " + dir + ": " + problem);
    }
    return ExitCode.INDEX_UNAVAILABLE.code();
  }

  static String json(Path dir, IndexHealth health) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("index", dir.toString());
    node.put("healthy", health.isHealthy());
    node.put("segments", health.segments());
    node.put("documents", health.documents());
    node.put("schema_version", health.schemaVersion());
    node.put("expected_schema_version", health.expectedSchemaVersion());
    ArrayNode problems = node.putArray("problems");
    health.problems().forEach(problems::add);
    return SearchOutput.write(node);
  }

  /**
   * One figure per line:
   *
   * <pre>
   * index      .dragoman/index
   * status     clean
   * segments   3
   * documents  814
   * schema     version 1 (this Dragoman reads 1)
   * </pre>
   */
  static String human(Path dir, IndexHealth health) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "index      %s%n", dir));
    text.append(
        String.format(
            Locale.ROOT,
            "status     %s%n",
            health.isHealthy() ? "clean" : health.problems().size() + " problem(s)"));
    text.append(String.format(Locale.ROOT, "segments   %d%n", health.segments()));
    text.append(String.format(Locale.ROOT, "documents  %d%n", health.documents()));
    text.append(
        String.format(
            Locale.ROOT,
            "schema     %s (this Dragoman reads %d)%n",
            health.schemaVersion() == null ? "none recorded" : "version " + health.schemaVersion(),
            health.expectedSchemaVersion()));
    for (String problem : health.problems()) {
      text.append("problem    ").append(problem).append(System.lineSeparator());
    }
    return text.toString();
  }
}
