package org.dragoman.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Which words of an English text {@link EnglishNameWordsFilter} keeps for the name fields:
 * capitalized words, and lower-case words only inside a name.
 */
public class TestEnglishNameWordsFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new NameTokenizer();
            return new TokenStreamComponents(words, new EnglishNameWordsFilter(words));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testLowerCaseWordsLeaveTheirPositionsEmpty() throws IOException {
    // "by" stays: it lies between two name words.
    assertAnalyzesTo(
        analyzer,
        "the talks on nuclear disarmament were held in Astana by Tokayev",
        new String[] {"Astana", "by", "Tokayev"},
        new int[] {46, 53, 56},
        new int[] {52, 55, 63},
        null,
        new int[] {9, 1, 1});
  }

  public void testLowerCaseWordsBetweenNameWordsAreKept() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "the Republic of Kazakhstan and the Commonwealth of Independent States",
        new String[] {
          "Republic",
          "of",
          "Kazakhstan",
          "and",
          "the",
          "Commonwealth",
          "of",
          "Independent",
          "States"
        },
        new int[] {2, 1, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testParticlesOfPersonalNamesAndForeignOrganisationsAreKept() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "met Mohammed bin Salman and Staffan de Mistura of the Organisation de coopération de"
            + " Shanghai",
        new String[] {
          "Mohammed",
          "bin",
          "Salman",
          "and",
          "Staffan",
          "de",
          "Mistura",
          "of",
          "the",
          "Organisation",
          "de",
          "coopération",
          "de",
          "Shanghai"
        });
  }

  public void testLowerCaseWordsAtMostThreePositionsFromNameWordsOnBothSides() throws IOException {
    // one: Tashkent is four positions on; four: Astana is four positions back.
    assertAnalyzesTo(
        analyzer,
        "Astana one two three four Tashkent",
        new String[] {"Astana", "two", "three", "Tashkent"},
        new int[] {1, 2, 1, 2});
  }

  public void testADroppedOneLetterWordLeavesNoHoleAsTheKeyFilterDropsIt() throws IOException {
    assertAnalyzesTo(analyzer, "it was a Kazakh", new String[] {"Kazakh"}, new int[] {3});
  }

  public void testCompoundWithACapitalizedPartIsKeptWithItsParticle() throws IOException {
    // NameTokenizer emits the joined al-Assad first; "al" sits between two name words.
    assertAnalyzesToPositions(
        analyzer,
        "President Bashar al-Assad spoke",
        new String[] {"President", "Bashar", "alAssad", "al", "Assad"},
        new int[] {1, 1, 1, 0, 1},
        new int[] {1, 1, 2, 1, 1});
  }

  public void testNumbersAndWordsInScriptsWithoutCaseAreKept() throws IOException {
    assertAnalyzesTo(analyzer, "in the year 2030", new String[] {"2030"}, new int[] {4});
    assertAnalyzesTo(analyzer, "the speech by 習近平", new String[] {"習近平"}, new int[] {4});
  }

  public void testLowerCaseWordsWithLettersBeyondAsciiAreForeignNamesAndKept() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "the CSTO (Организация Договора о коллективной безопасности) and qazaq tılı",
        new String[] {
          "CSTO",
          "Организация",
          "Договора",
          "о",
          "коллективной",
          "безопасности",
          "and",
          "qazaq",
          "tılı"
        },
        new int[] {2, 1, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testTheLowerCaseWordAfterAForeignWordEndsTheForeignName() throws IOException {
    // Without the rule, "collective" would be dropped: no name word follows it.
    assertAnalyzesTo(
        analyzer,
        "the Organisation du traité de sécurité collective held talks on security",
        new String[] {"Organisation", "du", "traité", "de", "sécurité", "collective"},
        new int[] {2, 1, 1, 1, 1, 1});
  }

  public void testEnglishWordsWithATypographicApostropheAreDropped() throws IOException {
    assertAnalyzesTo(analyzer, "we don’t know", new String[0]);
  }

  public void testTheEndCountsThePositionsOfDroppedWords() throws IOException {
    String text = "Astana said only lower case words";
    try (var stream = analyzer.tokenStream("body.names", text)) {
      assertTokenStreamContents(
          stream,
          new String[] {"Astana"},
          null,
          null,
          null,
          new int[] {1},
          null,
          text.length(),
          5,
          null,
          true,
          null);
    }
  }

  public void testRandomTextKeepsTheTokenStreamContract() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
