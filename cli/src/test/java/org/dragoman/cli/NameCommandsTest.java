package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze}, {@code eval-names} and the name options of {@code search}. */
class NameCommandsTest {

  private final Cli cli = new Cli();

  @Test
  void analyzeShowsKeysWithOffsetsOnTheOriginalText() {
    Cli.Result result = cli.run("analyze", "К.Токаев");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("tokaev").contains("2..8").contains("Токаев");
  }

  @Test
  void analyzeJsonListsEveryToken() throws IOException {
    Cli.Result result = cli.run("analyze", "--json", "--field", "body", "Tokayev visited");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("field").asText()).isEqualTo("body");
    assertThat(json.get("tokens")).hasSize(2);
    assertThat(json.get("tokens").get(1).get("surface").asText()).isEqualTo("visited");
  }

  @Test
  void analyzeWithLangEnShowsTheNameWordsOfAnEnglishArticle() throws IOException {
    Cli.Result english = cli.run("analyze", "--json", "--lang", "en", "talks with Tokayev");
    Cli.Result unknown = cli.run("analyze", "--json", "talks with Tokayev");

    assertThat(english.exitCode()).as(english.err()).isZero();
    JsonNode tokens = new ObjectMapper().readTree(english.out()).get("tokens");
    assertThat(tokens).hasSize(1);
    assertThat(tokens.get(0).get("surface").asText()).isEqualTo("Tokayev");
    assertThat(tokens.get(0).get("position").asInt()).isEqualTo(2);
    assertThat(new ObjectMapper().readTree(unknown.out()).get("tokens")).hasSize(3);
  }

  @Test
  void analyzeRejectsAnUnknownField() {
    Cli.Result result = cli.run("analyze", "--field", "country", "Tokayev");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("field country is not one of");
  }

  @Test
  void evalNamesMeasuresRecallPrecisionAndMergedPairs(@TempDir Path tmp) throws IOException {
    Path variants = tmp.resolve("variants.tsv");
    Files.writeString(
        variants,
        "group_id\tkind\tscript\tsystem\tvariant\tsource\n"
            + "tokayev\tperson\tLatn\tenglish-common\tTokayev\tx\n"
            + "tokayev\tperson\tCyrl\trussian-cyrillic\tТокаев\tx\n"
            + "tokayev\tperson\tLatn\tgerman\tTokajew\tx\n"
            + "rahmon\tperson\tLatn\tenglish-common\tRahmon\tx\n"
            + "rahmon\tperson\tCyrl\ttajik-cyrillic\tРаҳмон\tx\n");
    Path negatives = tmp.resolve("negatives.tsv");
    Files.writeString(
        negatives,
        "pair_id\tvariant_a\tentity_a\tvariant_b\tentity_b\tconfusion_type\treason\tsource\n"
            + "n1\tRahmon\trahmon\tRahman\trahman\tvowel\to/a\tx\n");

    Cli.Result result = cli.run("eval-names", "--json", variants.toString(), negatives.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("recall_all").asDouble()).isEqualTo(1.0);
    assertThat(json.get("recall_cross_script").asDouble()).isEqualTo(1.0);
    assertThat(json.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(json.get("negatives_scored").asInt()).isEqualTo(1);
    assertThat(json.get("negatives_merged").asInt()).isZero();
  }

  @Test
  void evalNamesNamesAMissingFile(@TempDir Path tmp) {
    Cli.Result result =
        cli.run("eval-names", tmp.resolve("nope.tsv").toString(), tmp.resolve("n.tsv").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("nope.tsv does not exist");
  }

  @Test
  void searchFindsOtherScriptsUnlessExact(@TempDir Path tmp) throws IOException {
    Path index = tmp.resolve("index");
    Path corpus = tmp.resolve("articles.jsonl");
    Files.writeString(
        corpus,
        "{\"id\": \"ru\", \"lang\": \"ru\", \"body\": \"Президент Токаев прибыл в Душанбе.\"}\n"
            + "{\"id\": \"en\", \"lang\": \"en\", \"body\": \"President Tokayev arrived.\"}\n");
    assertThat(cli.run("index", "--index", index.toString(), corpus.toString()).exitCode())
        .isZero();

    Cli.Result variants = cli.run("search", "--index", index.toString(), "--json", "Tokayev");
    Cli.Result exact =
        cli.run("search", "--index", index.toString(), "--json", "--exact", "Tokayev");

    assertThat(JsonSchema.searchResult(variants.out()).get("total").asInt()).isEqualTo(2);
    assertThat(JsonSchema.searchResult(exact.out()).get("total").asInt()).isEqualTo(1);
  }
}
