package org.dragoman.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.dragoman.TestCorpus;
import org.dragoman.model.Article;

/**
 * {@link CachedPorterStemFilter} gives Lucene's Porter stems, whether remembered or not, and {@link
 * EnglishTextAnalyzer} Lucene's English analysis token for token.
 */
public class TestCachedPorterStemFilter extends BaseTokenStreamTestCase {

  public void testEnglishTextAnalyzerGivesLuceneEnglishTokensOnTheTestArticles()
      throws IOException {
    List<Article> articles = new ArrayList<>(TestCorpus.kremlin());
    articles.addAll(TestCorpus.ungdc());
    articles.add(TestCorpus.kazinform());
    try (Analyzer lucene = new EnglishAnalyzer();
        Analyzer cached = new EnglishTextAnalyzer()) {
      int tokens = 0;
      for (Article article : articles) {
        for (String text : List.of(article.title(), article.body())) {
          List<AnalyzedToken> expected = AnalysisInspector.tokens(lucene, "body", text);
          assertEquals(article.id(), expected, AnalysisInspector.tokens(cached, "body", text));
          tokens += expected.size();
        }
      }
      assertTrue("only " + tokens + " tokens compared", tokens > 100_000);
    }
  }

  public void testStemsStayLuceneStemsAfterTheMemoIsEmptied() throws IOException {
    // More distinct words than the memo holds, each seen several times, in a random order: words
    // are stemmed fresh, remembered, forgotten when the memo fills, and stemmed again.
    Random random = random();
    List<String> vocabulary = new ArrayList<>();
    String[] endings = {"", "s", "ing", "ed", "ation", "ness", "ies", "ly", "ement", "izer"};
    for (int i = 0; vocabulary.size() < CachedPorterStemFilter.MAX_WORDS * 3 / 2; i++) {
      vocabulary.add(randomWord(random) + endings[i % endings.length]);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < CachedPorterStemFilter.MAX_WORDS * 6; i++) {
      text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
    }
    try (Analyzer lucene = chain(PorterStemFilter::new);
        Analyzer cached = chain(CachedPorterStemFilter::new)) {
      // Twice through the same analyzer: the second pass starts with a full memo.
      for (int pass = 0; pass < 2; pass++) {
        assertEquals(
            AnalysisInspector.tokens(lucene, "f", text.toString()),
            AnalysisInspector.tokens(cached, "f", text.toString()));
      }
    }
  }

  public void testKnownStems() throws IOException {
    try (Analyzer cached = chain(CachedPorterStemFilter::new)) {
      assertAnalyzesTo(
          cached,
          "disarmament negotiations nations disarmament relational nations",
          new String[] {"disarma", "negoti", "nation", "disarma", "relat", "nation"});
    }
  }

  public void testWordsLongerThanTheMemoTakesAreStemmedAllTheSame() throws IOException {
    String word = "a".repeat(CachedPorterStemFilter.MAX_WORD_LENGTH) + "izations";
    try (Analyzer lucene = chain(PorterStemFilter::new);
        Analyzer cached = chain(CachedPorterStemFilter::new)) {
      List<AnalyzedToken> expected = AnalysisInspector.tokens(lucene, "f", word + " " + word);
      assertFalse(expected.get(0).term().equals(word));
      assertEquals(expected, AnalysisInspector.tokens(cached, "f", word + " " + word));
    }
  }

  public void testKeywordsAreNotStemmed() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("nations"), false);
    try (Analyzer cached =
        chain(input -> new CachedPorterStemFilter(new SetKeywordMarkerFilter(input, keywords)))) {
      assertAnalyzesTo(
          cached, "nations relations nations", new String[] {"nations", "relat", "nations"});
    }
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer cached =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new CachedPorterStemFilter(source));
          }
        }) {
      checkOneTerm(cached, "", "");
    }
  }

  public void testRandomData() throws IOException {
    try (Analyzer cached = chain(CachedPorterStemFilter::new)) {
      checkRandomData(random(), cached, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testFactoryIsFoundByNameAndRejectsUnknownParameters() throws IOException {
    assertEquals(
        CachedPorterStemFilterFactory.class,
        TokenFilterFactory.lookupClass(CachedPorterStemFilterFactory.NAME));
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer("whitespace")
                .addTokenFilter(CachedPorterStemFilterFactory.NAME)
                .build();
        Analyzer lucene = chain(PorterStemFilter::new)) {
      String text = "relations between nations and their negotiations";
      assertEquals(
          AnalysisInspector.tokens(lucene, "f", text), AnalysisInspector.tokens(custom, "f", text));
    }
    Map<String, String> args = new HashMap<>(Map.of("bogus", "1"));
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> new CachedPorterStemFilterFactory(args));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
  }

  private interface Stemmer {
    TokenStream over(TokenStream input);
  }

  /** Whitespace words, then {@code stemmer}. */
  private static Analyzer chain(Stemmer stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, stemmer.over(source));
      }
    };
  }

  private static String randomWord(Random random) {
    char[] word = new char[3 + random.nextInt(9)];
    for (int i = 0; i < word.length; i++) {
      word[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(word);
  }
}
