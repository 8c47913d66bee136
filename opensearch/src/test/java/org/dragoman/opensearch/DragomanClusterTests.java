package org.dragoman.opensearch;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.lucene.analysis.Analyzer;
import org.dragoman.DragomanIndex;
import org.dragoman.analysis.AnalysisInspector;
import org.dragoman.analysis.AnalyzedToken;
import org.dragoman.analysis.ExactNameAnalyzer;
import org.dragoman.analysis.NameAliases;
import org.dragoman.analysis.NameAnalyzer;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.env.Environment;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * The plugin on a real two-node cluster, through HTTP: the cluster finds the same articles as the
 * library for names in any script and convention, its analyzers give the library's tokens, and bad
 * settings fail index creation with a message naming the problem.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class DragomanClusterTests extends OpenSearchIntegTestCase {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The name queries of the library's own tests (NameSearchTest), on the Kremlin articles. */
  private static final List<String> NAME_QUERIES =
      List.of(
          "Tokayev",
          "Токаев",
          "Тоқаев",
          "Tokajew",
          "Tokaev",
          "\"Kassym-Jomart Tokayev\"",
          "\"Касым-Жомарт Токаев\"",
          "Rahmon",
          "Рахмон",
          "Rakhmonov",
          "Rahman",
          "Mirziyoyev",
          "Мирзиёев",
          "Nazarbayev",
          "Назарбаев",
          "Berdimuhamedov",
          "Бердымухамедов",
          "Japarov",
          "Жапаров",
          "Karimov",
          "Astana",
          "Nur-Sultan",
          "Душанбе",
          "Ташкент",
          "Toshkent",
          "ОДКБ",
          "CSTO");

  private static final Pattern PHRASE = Pattern.compile("\".*\"|\\S+-\\S+");

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(
        DragomanPlugin.class, Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false; // real HTTP through Netty
  }

  public void testNameQueriesFindTheSameArticlesInTheClusterAsInTheLibrary() throws IOException {
    List<Article> articles = LibraryCorpus.kremlin();
    assertThat(articles.size(), equalTo(605));
    createArticleIndex("kremlin", JSON.createObjectNode());
    bulkIndex("kremlin", articles);
    JsonNode count = call("GET", "/kremlin/_count", null);
    assertThat(count.get("count").asInt(), equalTo(articles.size()));

    Path libraryDir = createTempDir();
    try (DragomanIndex library = DragomanIndex.open(libraryDir)) {
      library.addArticles(articles);
      for (String query : NAME_QUERIES) {
        Set<String> fromLibrary = libraryIds(library, query);
        Set<String> fromCluster = clusterIds("kremlin", query);
        logger.info(
            "{}: {} articles in the library, {} in the cluster",
            query,
            fromLibrary.size(),
            fromCluster.size());
        assertThat("articles for " + query, fromCluster, equalTo(fromLibrary));
        if (!query.equals("Rahman")) {
          assertThat("articles for " + query, fromCluster, not(empty()));
        }
      }
    }

    // Not only equal, but cross-script: the Cyrillic spelling finds the English articles
    Set<String> tokayevInBodies = new TreeSet<>();
    for (Article article : articles) {
      if (article.body().contains("Tokayev")) {
        tokayevInBodies.add(article.id());
      }
    }
    assertThat(tokayevInBodies, not(empty()));
    assertThat(clusterIds("kremlin", "Токаев"), hasItems(tokayevInBodies.toArray(new String[0])));
    // and near misses stay apart: Rahman is not Rahmon
    Set<String> rahman = clusterIds("kremlin", "Rahman");
    rahman.retainAll(clusterIds("kremlin", "Rahmon"));
    assertThat(rahman, empty());
  }

  public void testAnalyzeShowsTheLibrarysTokens() throws IOException {
    ObjectNode settings = JSON.createObjectNode();
    ObjectNode analysis = settings.putObject("analysis");
    ObjectNode custom = analysis.putObject("analyzer").putObject("assembled_names");
    custom.put("tokenizer", DragomanPlugin.TOKENIZER);
    custom.putArray("filter").add(DragomanPlugin.NAMES_FILTER);
    createArticleIndex("analyzed", settings);

    String text = "К.Токаев met Emomali Rakhmonov in Nur-Sultan; the ОДКБ (CSTO) and Oʻzbekiston";
    try (Analyzer index = NameAnalyzer.forIndexing();
        Analyzer search = NameAnalyzer.forQueries(NameAliases.builtIn());
        Analyzer exact = new ExactNameAnalyzer()) {
      List<AnalyzedToken> indexTokens = AnalysisInspector.tokens(index, "names", text);
      assertThat(analyze("analyzed", DragomanPlugin.ANALYZER, text), equalTo(indexTokens));
      assertThat(analyze("analyzed", "assembled_names", text), equalTo(indexTokens));
      assertThat(
          analyze("analyzed", DragomanPlugin.SEARCH_ANALYZER, text),
          equalTo(AnalysisInspector.tokens(search, "names", text)));
      assertThat(
          analyze("analyzed", DragomanPlugin.EXACT_ANALYZER, text),
          equalTo(AnalysisInspector.tokens(exact, "names", text)));
    }
  }

  public void testAnUnknownSettingFailsIndexCreationNamingIt() throws IOException {
    ObjectNode settings = JSON.createObjectNode();
    ObjectNode analysis = settings.putObject("analysis");
    analysis
        .putObject("filter")
        .putObject("names")
        .put("type", "dragoman_names")
        .put("exactly", true);
    ObjectNode custom = analysis.putObject("analyzer").putObject("names");
    custom.put("tokenizer", DragomanPlugin.TOKENIZER);
    custom.putArray("filter").add("names");

    String error = failedIndexCreation("bad-option", settings);
    assertThat(
        error,
        allOf(
            containsString("token filter [names]"), containsString("unknown settings [exactly]")));
  }

  public void testAMissingAliasFileFailsIndexCreationNamingIt() throws IOException {
    ObjectNode settings = searchAnalyzerWithAliasFile("dragoman/no-such-aliases.txt");

    String error = failedIndexCreation("missing-aliases", settings);
    assertThat(
        error,
        allOf(
            containsString("analyzer [names_search]"),
            containsString("alias file [dragoman/no-such-aliases.txt] not found")));
  }

  public void testAliasFilesInTheConfigDirectoryJoinTheirNamesAtSearchTime() throws IOException {
    writeAliasFileOnEveryNode("Dushanbe, City of Mondays\n");
    ObjectNode settings = searchAnalyzerWithAliasFile("dragoman/aliases.txt");
    createArticleIndex("user-aliases", settings, "names_search");
    List<Article> articles =
        List.of(
            Article.builder().id("ru").body("Президент прибыл в Душанбе.").build(),
            Article.builder().id("en").body("The summit in Dushanbe ended.").build(),
            Article.builder().id("other").body("Mondays in the city are quiet.").build());
    bulkIndex("user-aliases", articles);
    assertThat(clusterIds("user-aliases", "\"City of Mondays\""), equalTo(Set.of("ru", "en")));
    assertThat(clusterIds("user-aliases", "\"Town of Tuesdays\""), empty());

    // A changed alias list applies once the index reopens: no re-indexing
    writeAliasFileOnEveryNode("Dushanbe, City of Mondays, Town of Tuesdays\n");
    call("POST", "/user-aliases/_close", null);
    call("POST", "/user-aliases/_open", null);
    ensureGreen("user-aliases");
    assertThat(clusterIds("user-aliases", "\"Town of Tuesdays\""), equalTo(Set.of("ru", "en")));
  }

  private static void writeAliasFileOnEveryNode(String aliases) throws IOException {
    for (Environment environment : internalCluster().getInstances(Environment.class)) {
      Path file = environment.configDir().resolve("dragoman/aliases.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, aliases, StandardCharsets.UTF_8);
    }
  }

  /** Index settings with a search analyzer {@code names_search} that reads one alias file. */
  private static ObjectNode searchAnalyzerWithAliasFile(String aliasFile) {
    ObjectNode settings = JSON.createObjectNode();
    settings
        .putObject("analysis")
        .putObject("analyzer")
        .putObject("names_search")
        .put("type", DragomanPlugin.SEARCH_ANALYZER)
        .putArray("alias_files")
        .add(aliasFile);
    return settings;
  }

  // ---- the index, as the library has it: English title and body, names sub-fields

  private void createArticleIndex(String index, ObjectNode analysisSettings) throws IOException {
    createArticleIndex(index, analysisSettings, DragomanPlugin.SEARCH_ANALYZER);
  }

  private void createArticleIndex(String index, ObjectNode settings, String searchAnalyzer)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    settings.put("number_of_shards", 2).put("number_of_replicas", 1);
    body.set("settings", settings);
    ObjectNode properties = body.putObject("mappings").putObject("properties");
    for (String field : List.of("title", "body")) {
      ObjectNode text = properties.putObject(field).put("type", "text").put("analyzer", "english");
      text.putObject("fields")
          .putObject("names")
          .put("type", "text")
          .put("analyzer", DragomanPlugin.ANALYZER)
          .put("search_analyzer", searchAnalyzer);
    }
    call("PUT", "/" + index, body);
    ensureGreen(index);
  }

  private String failedIndexCreation(String index, ObjectNode settings) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.set("settings", settings);
    Request request = new Request("PUT", "/" + index);
    request.setJsonEntity(JSON.writeValueAsString(body));
    ResponseException e =
        expectThrows(ResponseException.class, () -> getRestClient().performRequest(request));
    assertThat(e.getResponse().getStatusLine().getStatusCode(), equalTo(400));
    return text(e.getResponse());
  }

  private void bulkIndex(String index, List<Article> articles) throws IOException {
    StringBuilder bulk = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      ObjectNode action = JSON.createObjectNode();
      action.putObject("index").put("_id", article.id());
      ObjectNode source =
          JSON.createObjectNode().put("title", article.title()).put("body", article.body());
      bulk.append(JSON.writeValueAsString(action)).append('\n');
      bulk.append(JSON.writeValueAsString(source)).append('\n');
      if ((i + 1) % 200 == 0 || i + 1 == articles.size()) {
        Request request = new Request("POST", "/" + index + "/_bulk");
        request.addParameter("refresh", "true");
        request.setJsonEntity(bulk.toString());
        JsonNode response = parse(getRestClient().performRequest(request));
        assertFalse("bulk errors: " + response, response.get("errors").asBoolean());
        bulk.setLength(0);
      }
    }
  }

  // ---- the same query, in the library and in the cluster

  private static Set<String> libraryIds(DragomanIndex library, String query) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (SearchHit hit : library.search(SearchRequest.builder(query).limit(1000).build()).hits()) {
      ids.add(hit.id());
    }
    return ids;
  }

  /** A word searched in every field, as the library does; quoted or hyphenated words as phrases. */
  private Set<String> clusterIds(String index, String query) throws IOException {
    boolean phrase = PHRASE.matcher(query).matches();
    ObjectNode search = JSON.createObjectNode().put("size", 1000).put("_source", false);
    ObjectNode match = search.putObject("query").putObject("multi_match");
    match.put("query", query.replace("\"", "")).put("type", phrase ? "phrase" : "best_fields");
    // the library's fields and weights (DragomanAnalyzers.standard())
    match.putArray("fields").add("title^2").add("body").add("title.names").add("body.names^0.5");
    JsonNode response = call("POST", "/" + index + "/_search", search);
    Set<String> ids = new TreeSet<>();
    for (JsonNode hit : response.get("hits").get("hits")) {
      ids.add(hit.get("_id").asText());
    }
    return ids;
  }

  private List<AnalyzedToken> analyze(String index, String analyzer, String text)
      throws IOException {
    ObjectNode request = JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
    List<AnalyzedToken> tokens = new ArrayList<>();
    for (JsonNode token : call("POST", "/" + index + "/_analyze", request).get("tokens")) {
      tokens.add(
          new AnalyzedToken(
              token.get("token").asText(),
              token.get("type").asText(),
              token.get("position").asInt(),
              token.has("positionLength") ? token.get("positionLength").asInt() : 1,
              token.get("start_offset").asInt(),
              token.get("end_offset").asInt()));
    }
    return tokens;
  }

  private static JsonNode call(String method, String path, JsonNode body) throws IOException {
    Request request = new Request(method, path);
    if (body != null) {
      request.setJsonEntity(JSON.writeValueAsString(body));
    }
    return parse(getRestClient().performRequest(request));
  }

  private static JsonNode parse(Response response) throws IOException {
    return JSON.readTree(text(response));
  }

  private static String text(Response response) throws IOException {
    try {
      return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    } catch (ParseException e) {
      throw new IOException("unreadable response: " + e.getMessage(), e);
    }
  }
}
