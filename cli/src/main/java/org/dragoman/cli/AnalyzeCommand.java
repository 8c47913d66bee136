package org.dragoman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.analysis.AnalysisInspector;
import org.dragoman.analysis.AnalyzedToken;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.analysis.NameAliases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dragoman analyze [--field F] TEXT}: the tokens a text produces in a field. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    header = "Show the tokens, positions, offsets and keys a text produces.",
    description = {
      "Show how a field analyses TEXT: every token with its position, offsets in TEXT and type."
          + " In the name fields (title.names, body.names) the tokens are the transliteration"
          + " keys that make every spelling of a name match the others.",
      "With --json, one object: {\"field\", \"text\", \"tokens\": [{\"term\", \"type\","
          + " \"position\", \"position_length\", \"start\", \"end\", \"surface\"}]}."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--field",
      paramLabel = "F",
      defaultValue = DragomanAnalyzers.BODY_NAMES,
      description = "title, body, title.names or body.names. Default: ${DEFAULT-VALUE}.")
  String field;

  @Option(
      names = "--query",
      description = "Analyse as a query is analysed (aliases expanded), not as an article.")
  boolean query;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description =
          "Analyse as in an article in language L: in an English one (en) the name fields keep"
              + " only the words that can belong to a name. Default: no language.")
  String lang;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "An alias list of your own, added to the built-in one; repeat for several.")
  List<Path> aliasFiles = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text to analyse.")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    CliContext context = root.context();
    String text = String.join(" ", words);
    List<Path> files = FilterOptions.resolved(context, aliasFiles);
    for (Path file : files) {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "alias file " + file + " does not exist");
      }
    }
    try (DragomanAnalyzers analyzers =
        DragomanAnalyzers.standard(
            files.isEmpty() ? NameAliases.builtIn() : NameAliases.builtInPlus(files))) {
      List<String> fields = analyzers.fullTextFields().stream().map(FullTextField::name).toList();
      if (!fields.contains(field)) {
        throw new ParameterException(
            spec.commandLine(), "field " + field + " is not one of " + String.join(", ", fields));
      }
      List<AnalyzedToken> tokens =
          AnalysisInspector.tokens(
              query ? analyzers.queryAnalyzer() : analyzers.indexAnalyzer(field, lang),
              field,
              text);
      context.out().print(json ? json(text, tokens) + System.lineSeparator() : human(text, tokens));
    }
    return ExitCode.OK.code();
  }

  private String json(String text, List<AnalyzedToken> tokens) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("field", field);
    node.put("text", text);
    ArrayNode array = node.putArray("tokens");
    for (AnalyzedToken token : tokens) {
      ObjectNode t = array.addObject();
      t.put("term", token.term());
      t.put("type", token.type());
      t.put("position", token.position());
      t.put("position_length", token.positionLength());
      t.put("start", token.startOffset());
      t.put("end", token.endOffset());
      t.put("surface", text.substring(token.startOffset(), token.endOffset()));
    }
    return SearchOutput.write(node);
  }

  private String human(String text, List<AnalyzedToken> tokens) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-4s %-11s %-24s %-12s %s%n",
            "pos",
            "offsets",
            "term",
            "type",
            "surface"));
    for (AnalyzedToken token : tokens) {
      String position =
          token.positionLength() > 1
              ? token.position() + "+" + (token.positionLength() - 1)
              : String.valueOf(token.position());
      out.append(
          String.format(
              Locale.ROOT,
              "%-4s %-11s %-24s %-12s %s%n",
              position,
              token.startOffset() + ".." + token.endOffset(),
              token.term(),
              token.type(),
              text.substring(token.startOffset(), token.endOffset())));
    }
    return out.toString();
  }
}
