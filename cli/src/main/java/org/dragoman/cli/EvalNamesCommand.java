package org.dragoman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.DragomanOptions;
import org.dragoman.evaluation.DragomanNameSearchEngine;
import org.dragoman.evaluation.NameDevSet;
import org.dragoman.evaluation.NameEvaluation;
import org.dragoman.evaluation.NameEvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dragoman eval-names VARIANTS.tsv NEGATIVES.tsv [--json]}: name-matching figures. */
@Command(
    name = "eval-names",
    mixinStandardHelpOptions = true,
    header = "Measure name matching on a set of spellings and near-miss pairs.",
    description = {
      "Indexes one sentence per spelling of VARIANTS.tsv and per side of each pair of"
          + " NEGATIVES.tsv into a temporary Dragoman index, queries every spelling as typed"
          + " (every word must match) and prints recall (all pairs, plain transliteration"
          + " pairs, cross-script pairs), precision and the merged negative pairs.",
      "With --json, one object: {\"recall_all\", \"recall_transliteration\","
          + " \"recall_cross_script\", \"precision\", \"pairs\", \"transliteration_pairs\","
          + " \"cross_script_pairs\", \"negatives_scored\", \"negatives_merged\","
          + " \"merged\": [{\"pair\", \"a\", \"b\"}], \"misses\": [{\"group\", \"query\","
          + " \"document\"}]}."
    })
final class EvalNamesCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Parameters(index = "0", paramLabel = "VARIANTS.tsv", description = "Spellings per entity.")
  Path variants;

  @Parameters(index = "1", paramLabel = "NEGATIVES.tsv", description = "Pairs to keep apart.")
  Path negatives;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--exact", description = "Measure exact-spelling search (no variants).")
  boolean exact;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "An alias list of your own, added to the built-in one; repeat for several.")
  List<Path> aliasFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    CliContext context = root.context();
    Path variantsFile = existing(context.workingDir().resolve(variants));
    Path negativesFile = existing(context.workingDir().resolve(negatives));
    NameDevSet set = NameDevSet.read(variantsFile, negativesFile);
    DragomanOptions options =
        DragomanOptions.defaults().withAliasFiles(FilterOptions.resolved(context, aliasFiles));
    NameEvaluationResult result;
    try (DragomanNameSearchEngine engine = DragomanNameSearchEngine.create(options, exact)) {
      result = NameEvaluation.run(set, engine);
    }
    context.out().print(json ? json(result) + System.lineSeparator() : result.toText());
    return ExitCode.OK.code();
  }

  private static Path existing(Path file) throws ExitCode.UsageException {
    if (!Files.isRegularFile(file)) {
      throw new ExitCode.UsageException("file " + file + " does not exist");
    }
    return file;
  }

  static String json(NameEvaluationResult result) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("recall_all", result.recallAll());
    node.put("recall_transliteration", result.recallTransliteration());
    node.put("recall_cross_script", result.recallCrossScript());
    node.put("precision", result.precision());
    node.put("pairs", result.pairs());
    node.put("transliteration_pairs", result.transliterationPairs());
    node.put("cross_script_pairs", result.crossScriptPairs());
    node.put("negatives_scored", result.negativesScored());
    node.put("negatives_merged", result.mergedNegatives().size());
    ArrayNode merged = node.putArray("merged");
    for (NameEvaluationResult.MergedNegative m : result.mergedNegatives()) {
      merged.addObject().put("pair", m.pairId()).put("a", m.spellingA()).put("b", m.spellingB());
    }
    ArrayNode misses = node.putArray("misses");
    for (NameEvaluationResult.Miss miss : result.misses()) {
      misses
          .addObject()
          .put("group", miss.groupId())
          .put("query", miss.query())
          .put("document", miss.document());
    }
    return SearchOutput.write(node);
  }
}
