package org.dragoman.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.DragomanIndex;
import org.dragoman.SearchTimeoutException;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dragoman search ... QUERY} and the batch form {@code --queries FILE|-}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    header = "Search the index: one query, or a batch of them.",
    description = {
      "Search the index. QUERY: words (all must match), \"phrases\", OR, NOT or -word,"
          + " (parentheses), title:, body:, exact:, source:, lang:, date:2024, date:2024-08,"
          + " date:[2019-01 TO 2024-06-30]. Put -- before a query that starts with -.",
      "With --json every result is one JSON object on one line: {\"qid\", \"query\", \"total\","
          + " \"hits\": [{\"id\", \"score\", \"date\", \"source\", \"title\", \"url\","
          + " \"snippet\", \"title_snippet\", \"matches\" (with --explain)}], \"next_cursor\","
          + " \"suggestions\", \"facets\" (with --facets)}."
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand DragomanCommand root;

  @Spec CommandSpec spec;

  @Mixin FilterOptions filters;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, newest or oldest. Default: ${DEFAULT-VALUE}.")
  SortOrder sort;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show (0 for the total only). Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip.")
  int offset;

  @Option(
      names = "--cursor",
      paramLabel = "CURSOR",
      description = "Continue after the page that gave this next_cursor (deep paging).")
  String cursor;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      description =
          "Give up a query that takes longer (500ms, 2s, 1m): it fails with exit code 4 and no"
              + " partial results. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Option(names = "--json", description = "One JSON object per result, on one line.")
  boolean json;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description = "Run every query of FILE (- for stdin), one per line: QID<TAB>QUERY or QUERY.")
  String queriesFile;

  @Option(
      names = "--no-progress",
      description = "No progress bar when the default index is built on first use.")
  boolean noProgress;

  @Option(
      names = "--facets",
      description = "Count the matching articles by source, year, month and language.")
  boolean facets;

  @Option(
      names = "--explain",
      description = "For each hit, which spelling in the article matched which query word.")
  boolean explain;

  @Mixin ColorOption color;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query.")
  List<String> queryWords = new ArrayList<>();

  /** A query to run: its id (null unless given in a batch) and its text. */
  record Query(String qid, String text) {}

  @Override
  public Integer call() throws IOException {
    CliContext context = root.context();
    SearchRequest template = validatedTemplate();
    Query single = queriesFile == null ? singleQuery() : null;
    try (BufferedReader batch = queriesFile == null ? null : openQueries(context);
        DragomanIndex index =
            indexOption
                .resolve(context)
                .openForReading(
                    context,
                    IndexProgress.wanted(context.stderrIsTerminal(), json, noProgress),
                    filters.indexOptions(context))) {
      if (batch == null) {
        print(
            context.out(),
            single,
            index.search(template.toBuilder().query(single.text()).build(), timeout));
        return ExitCode.OK.code();
      }
      return runBatch(batch, template, index, context);
    }
  }

  private Query singleQuery() {
    if (queryWords.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Missing query: give QUERY, or --queries FILE|- for a batch");
    }
    String text = String.join(" ", queryWords);
    if (text.isBlank()) {
      throw new ParameterException(spec.commandLine(), "The query is empty");
    }
    return new Query(null, text);
  }

  /** The request options, checked before the index is opened. */
  private SearchRequest validatedTemplate() {
    if (queriesFile != null && !queryWords.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Give either QUERY or --queries, not both: " + queryWords);
    }
    try {
      return filters
          .applyTo(SearchRequest.builder(""))
          .sort(sort)
          .limit(limit)
          .offset(offset)
          .cursor(cursor)
          .facets(facets)
          .explain(explain)
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private BufferedReader openQueries(CliContext context) throws IOException {
    if (queriesFile.equals("-")) {
      return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    }
    Path file = context.workingDir().resolve(queriesFile);
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ExitCode.UsageException("queries file " + file + " does not exist", e);
    }
  }

  /** One result per query line; a query that fails is reported and the batch goes on. */
  private int runBatch(
      BufferedReader lines, SearchRequest template, DragomanIndex index, CliContext context)
      throws IOException {
    int failed = 0;
    int timedOut = 0;
    long lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      Query query = parseQueryLine(line);
      try {
        print(
            context.out(),
            query,
            index.search(template.toBuilder().query(query.text()).build(), timeout));
      } catch (IllegalArgumentException | SearchTimeoutException e) {
        failed++;
        if (e instanceof SearchTimeoutException) {
          timedOut++;
        }
        context
            .err()
            .println("dragoman: " + queriesFile + ":" + lineNumber + ": " + e.getMessage());
        if (json) {
          context.out().println(SearchOutput.jsonError(query.qid(), query.text(), e.getMessage()));
        }
      }
      context.out().flush();
    }
    if (failed > 0) {
      context
          .err()
          .println(
              "dragoman: "
                  + failed
                  + " of the queries failed"
                  + (timedOut > 0 ? " (" + timedOut + " timed out)" : ""));
      return timedOut > 0 ? ExitCode.TIMEOUT.code() : ExitCode.USAGE.code();
    }
    return ExitCode.OK.code();
  }

  /** {@code QID<TAB>QUERY} or just {@code QUERY}. */
  static Query parseQueryLine(String line) {
    int tab = line.indexOf('\t');
    return tab < 0
        ? new Query(null, line.strip())
        : new Query(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
  }

  private void print(PrintWriter out, Query query, SearchResult result) {
    if (json) {
      out.println(SearchOutput.json(query.qid(), result, explain));
    } else {
      SearchOutput.HumanStyle style =
          new SearchOutput.HumanStyle(color.colors(root.context()), explain);
      out.print(SearchOutput.human(query.qid(), result, offset, style));
      if (queriesFile != null) {
        out.println();
      }
    }
  }
}
