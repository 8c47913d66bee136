package org.dragoman.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.DragomanOptions;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SearchRequest;
import picocli.CommandLine.Option;

/**
 * The options that narrow a query, shared by {@code search} and {@code timeline}: dates, sources,
 * language, exact spellings and the user's alias lists.
 */
final class FilterOptions {

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  ArticleDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  ArticleDate to;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      description = "Only articles from SOURCE (case-insensitive); repeat for several.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG", description = "Only articles in LANG (en, ru).")
  String lang;

  @Option(
      names = "--exact",
      description =
          "Match names as spelled: no transliteration variants, no aliases"
              + " (for one word of a query: exact:WORD).")
  boolean exact;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description =
          "An alias list of your own, added to the built-in one (lines like"
              + " 'Astana, Nur-Sultan, Akmola'); repeat for several.")
  List<Path> aliasFiles = new ArrayList<>();

  /** The request with these filters set. */
  SearchRequest.Builder applyTo(SearchRequest.Builder request) {
    return request.from(from).to(to).sources(sources).lang(lang).exact(exact);
  }

  /** Index options with the alias files, resolved against the working directory. */
  DragomanOptions indexOptions(CliContext context) {
    return DragomanOptions.defaults().withAliasFiles(resolved(context, aliasFiles));
  }

  static List<Path> resolved(CliContext context, List<Path> files) {
    return files.stream().map(f -> context.workingDir().resolve(f)).toList();
  }
}
