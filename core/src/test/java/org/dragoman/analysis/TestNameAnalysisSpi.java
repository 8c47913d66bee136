package org.dragoman.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The components are found by SPI name and assemble into the same chains as the analyzers. */
public class TestNameAnalysisSpi extends BaseTokenStreamTestCase {

  private static final String TEXT =
      "К.Токаев met Emomali Rahmon in Nur-Sultan; the CSTO (ОДКБ) and Мәжілісінің deputies.";

  public void testFactoriesAreFoundByName() {
    assertEquals(
        NameTokenizerFactory.class, TokenizerFactory.lookupClass(NameTokenizerFactory.NAME));
    assertEquals(
        NameKeyFilterFactory.class, TokenFilterFactory.lookupClass(NameKeyFilterFactory.NAME));
    assertEquals(
        NameKeyVariantsFilterFactory.class,
        TokenFilterFactory.lookupClass(NameKeyVariantsFilterFactory.NAME));
    assertEquals(
        NameAliasFilterFactory.class, TokenFilterFactory.lookupClass(NameAliasFilterFactory.NAME));
    assertEquals(
        EnglishNameWordsFilterFactory.class,
        TokenFilterFactory.lookupClass(EnglishNameWordsFilterFactory.NAME));
  }

  public void testCustomAnalyzerBuildsTheIndexChain() throws IOException {
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer(NameTokenizerFactory.NAME)
                .addTokenFilter(NameKeyFilterFactory.NAME)
                .build();
        Analyzer expected = NameAnalyzer.forIndexing()) {
      assertEquals(
          AnalysisInspector.tokens(expected, "f", TEXT),
          AnalysisInspector.tokens(custom, "f", TEXT));
    }
  }

  public void testCustomAnalyzerBuildsTheIndexChainOfEnglishTexts() throws IOException {
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer(NameTokenizerFactory.NAME)
                .addTokenFilter(EnglishNameWordsFilterFactory.NAME)
                .addTokenFilter(NameKeyFilterFactory.NAME)
                .build();
        Analyzer expected = NameAnalyzer.forEnglishIndexing();
        Analyzer everyWord = NameAnalyzer.forIndexing()) {
      List<AnalyzedToken> tokens = AnalysisInspector.tokens(expected, "f", TEXT);
      assertEquals(tokens, AnalysisInspector.tokens(custom, "f", TEXT));
      // "deputies" comes after the last name word; the other lower-case words lie between two.
      assertTrue(tokens.size() < AnalysisInspector.tokens(everyWord, "f", TEXT).size());
    }
  }

  public void testCustomAnalyzerBuildsTheQueryChain() throws IOException {
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer(NameTokenizerFactory.NAME, "joinCompounds", "false")
                .addTokenFilter(NameKeyFilterFactory.NAME, "variants", "deferred")
                .addTokenFilter(NameAliasFilterFactory.NAME)
                .addTokenFilter(NameKeyVariantsFilterFactory.NAME)
                .build();
        Analyzer expected = NameAnalyzer.forQueries(NameAliases.builtIn())) {
      assertEquals(
          AnalysisInspector.tokens(expected, "f", TEXT),
          AnalysisInspector.tokens(custom, "f", TEXT));
    }
  }

  public void testUserAliasFileAddsToTheBuiltInList() throws IOException {
    Path fixtures =
        Path.of(System.getProperty("tests.root.dir", "..")).resolve("testdata/fixtures");
    assumeTrue("fixtures present", fixtures.resolve("user-aliases.txt").toFile().exists());
    try (Analyzer custom =
        CustomAnalyzer.builder(fixtures)
            .withTokenizer(NameTokenizerFactory.NAME)
            .addTokenFilter(NameKeyFilterFactory.NAME, "variants", "deferred")
            .addTokenFilter(NameAliasFilterFactory.NAME, "aliases", "user-aliases.txt")
            .addTokenFilter(NameKeyVariantsFilterFactory.NAME)
            .build()) {
      List<String> userAlias = terms(custom, "Zhenis Kassymbek");
      assertTrue(userAlias.toString(), userAlias.contains(NameKeyer.keysOf("Akim").get(0)));
      List<String> builtIn = terms(custom, "Tselinograd");
      assertTrue(builtIn.toString(), builtIn.contains("astana"));
    }
    NameAliases viaApi = NameAliases.builtInPlus(List.of(fixtures.resolve("user-aliases.txt")));
    try (Analyzer analyzer = NameAnalyzer.forQueries(viaApi)) {
      assertTrue(terms(analyzer, "Ozoda Rahmon").contains(NameKeyer.keysOf("Executive").get(0)));
    }
  }

  public void testAliasFactoryWithoutBuiltInListAndNoFilesPassesTokensThrough() throws IOException {
    try (Analyzer custom =
        CustomAnalyzer.builder()
            .withTokenizer(NameTokenizerFactory.NAME)
            .addTokenFilter(NameKeyFilterFactory.NAME, "variants", "deferred")
            .addTokenFilter(NameAliasFilterFactory.NAME, "builtIn", "false")
            .addTokenFilter(NameKeyVariantsFilterFactory.NAME)
            .build()) {
      assertEquals(List.of("tselinograd"), terms(custom, "Tselinograd"));
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    return AnalysisInspector.tokens(analyzer, "f", text).stream().map(AnalyzedToken::term).toList();
  }
}
