package org.dragoman.opensearch;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.dragoman.analysis.AnalysisInspector;
import org.dragoman.analysis.AnalyzedToken;
import org.dragoman.analysis.NameAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.env.TestEnvironment;
import org.opensearch.test.IndexSettingsModule;
import org.opensearch.test.OpenSearchTestCase;

/** The options of the filter and analyzers: what they mean and how bad ones are refused. */
public class NameAnalysisOptionsTests extends OpenSearchTestCase {

  private Environment environment() {
    return TestEnvironment.newEnvironment(
        Settings.builder().put("path.home", createTempDir().toString()).build());
  }

  private NameAnalysisOptions read(Settings settings, boolean aliasesByDefault) {
    return NameAnalysisOptions.read(
        "token filter", "names", settings, environment(), aliasesByDefault, false);
  }

  private String refusal(Settings settings) {
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> read(settings, false));
    assertThat(e.getMessage(), containsString("Dragoman token filter [names]"));
    return e.getMessage();
  }

  private static List<String> terms(NameAnalysisOptions options, String text) {
    try (Analyzer analyzer = options.analyzer()) {
      return AnalysisInspector.tokens(analyzer, "names", text).stream()
          .map(AnalyzedToken::term)
          .toList();
    }
  }

  /** The primary key of a word, as the index analyzer makes it. */
  private static String key(String word) {
    try (Analyzer index = NameAnalyzer.forIndexing()) {
      return AnalysisInspector.tokens(index, "names", word).get(0).term();
    }
  }

  public void testTheIndexsOwnSettingsAreNoUnknownOptions() {
    Settings settings =
        Settings.builder()
            .put("type", "dragoman_names")
            .put("index.version.created", "137287827")
            .build();
    assertThat(read(settings, false).aliases().isEmpty(), equalTo(true));
  }

  public void testAnUnknownOptionIsNamed() {
    assertThat(
        refusal(Settings.builder().put("alias_file", "x.txt").put("exactly", "true").build()),
        containsString("unknown settings [alias_file, exactly]"));
  }

  public void testABooleanMustBeTrueOrFalse() {
    assertThat(
        refusal(Settings.builder().put("exact", "yes").build()),
        containsString("[exact] is [yes], not true or false"));
  }

  public void testExactWordsHaveNoAliases() {
    assertThat(
        refusal(Settings.builder().put("exact", true).put("aliases", true).build()),
        containsString("[exact] and [aliases] exclude each other"));
  }

  public void testAliasFilesNeedAliases() {
    assertThat(
        refusal(Settings.builder().putList("alias_files", "a.txt").build()),
        containsString("need [aliases: true]"));
  }

  public void testAnAliasFileOutsideTheConfigDirectoryIsRefused() {
    assertThat(
        refusal(
            Settings.builder().put("aliases", true).putList("alias_files", "../../a.txt").build()),
        containsString("../../a.txt"));
  }

  public void testAMalformedAliasFileIsNamedWithItsBadLine() throws IOException {
    Environment environment = environment();
    Path file = environment.configDir().resolve("bad-aliases.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "Dushanbe, City of Mondays\nAstana => Akmola => Tselinograd\n",
        StandardCharsets.UTF_8);
    Settings settings =
        Settings.builder().put("aliases", true).putList("alias_files", "bad-aliases.txt").build();
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> NameAnalysisOptions.read("analyzer", "a", settings, environment, false, false));
    assertThat(
        e.getMessage(), allOf(containsString("bad-aliases.txt"), containsString("bad line")));
  }

  public void testAliasesComeFromTheBuiltInListAndTheGivenFiles() throws IOException {
    Environment environment = environment();
    Path file = environment.configDir().resolve("dragoman/aliases.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Dushanbe, Mondaytown\n", StandardCharsets.UTF_8);
    Settings both = Settings.builder().putList("alias_files", "dragoman/aliases.txt").build();
    NameAnalysisOptions withBuiltIn =
        NameAnalysisOptions.read("analyzer", "a", both, environment, true, false);
    String dushanbe = key("Dushanbe");
    String sultan = key("Sultan");
    assertThat(terms(withBuiltIn, "Mondaytown"), hasItem(dushanbe));
    assertThat(terms(withBuiltIn, "Astana"), hasItem(sultan));

    Settings onlyFile =
        Settings.builder()
            .put("builtin_aliases", false)
            .putList("alias_files", "dragoman/aliases.txt")
            .build();
    NameAnalysisOptions withoutBuiltIn =
        NameAnalysisOptions.read("analyzer", "a", onlyFile, environment, true, false);
    assertThat(terms(withoutBuiltIn, "Mondaytown"), hasItem(dushanbe));
    assertThat(terms(withoutBuiltIn, "Astana"), not(hasItem(sultan)));
  }

  public void testExactWordsAreOnlyLowerCased() {
    NameAnalysisOptions exact = read(Settings.builder().put("exact", true).build(), false);
    assertThat(terms(exact, "К.Токаев Tokajew"), equalTo(List.of("к", "токаев", "tokajew")));
  }

  public void testEnglishKeysOnlyTheNameWordsAsTheLibraryDoesForEnglishArticles() {
    NameAnalysisOptions english = read(Settings.builder().put("english", true).build(), false);
    String text = "talks with the Republic of Kazakhstan on nuclear disarmament";
    try (Analyzer library = NameAnalyzer.forEnglishIndexing();
        Analyzer plugin = english.analyzer()) {
      assertThat(
          AnalysisInspector.tokens(plugin, "names", text),
          equalTo(AnalysisInspector.tokens(library, "names", text)));
    }
    assertThat(
        terms(english, text),
        allOf(hasItem(key("Kazakhstan")), hasItem(key("of")), not(hasItem(key("nuclear")))));
  }

  public void testEnglishIsForIndexAnalyzersOnly() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> read(Settings.builder().put("english", true).build(), true));
    assertThat(e.getMessage(), containsString("[english] is for index analyzers"));
  }

  public void testTheTokenizerTakesNoSettings() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                new DragomanTokenizerFactory(
                    IndexSettingsModule.newIndexSettings("test", Settings.EMPTY),
                    environment(),
                    "words",
                    Settings.builder().put("max_length", 5).build()));
    assertThat(e.getMessage(), containsString("takes no settings, but has [max_length]"));
  }
}
