package org.dragoman.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** How {@link NameTokenizer} cuts names: initials, hyphens, apostrophes, numbers. */
public class TestNameTokenizer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new NameTokenizer());
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testInitialsGluedToSurnamesComeApart() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "К.Токаев and R.Meredov",
        new String[] {"К", "Токаев", "and", "R", "Meredov"},
        new int[] {0, 2, 9, 13, 15},
        new int[] {1, 8, 12, 14, 22},
        new int[] {1, 1, 1, 1, 1});
  }

  public void testHyphenatedNamesAreSplit() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Kassym-Jomart, Jalal-Abad",
        new String[] {"Kassym", "Jomart", "Jalal", "Abad"},
        new int[] {0, 7, 15, 21},
        new int[] {6, 13, 20, 25},
        new int[] {1, 1, 1, 1});
  }

  public void testShortHyphenatedCompoundsAreAlsoJoined() throws IOException {
    // Ak-Orda is written Akorda too: the joined form comes first, spanning both parts.
    assertAnalyzesTo(
        analyzer,
        "Ak-Orda, Ақ-Орда и Kara-Balta",
        new String[] {
          "AkOrda", "Ak", "Orda", "АқОрда", "Ақ", "Орда", "и", "KaraBalta", "Kara", "Balta"
        },
        new int[] {0, 0, 3, 9, 9, 12, 17, 19, 19, 24},
        new int[] {7, 2, 7, 16, 11, 16, 18, 29, 23, 29},
        null,
        new int[] {1, 0, 1, 1, 0, 1, 1, 1, 0, 1},
        new int[] {2, 1, 1, 2, 1, 1, 1, 2, 1, 1});
  }

  public void testSpacesAndLongFirstPartsAreNotJoined() throws IOException {
    // Ak Orda (the White Horde) is not Akorda; Jalal-Abad (Kyrgyzstan) is not Jalalabad
    // (Afghanistan); a number or a space after the hyphen is no compound.
    assertAnalyzesTo(
        analyzer,
        "Ak Orda Jalal-Abad Ak-47 Ak- Orda",
        new String[] {"Ak", "Orda", "Jalal", "Abad", "Ak", "47", "Ak", "Orda"},
        new int[] {1, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testJoinedCompoundForQueries() {
    assertEquals("AkOrda", NameTokenizer.joinedCompound("Ak-Orda"));
    assertEquals("UstKamenogorsk", NameTokenizer.joinedCompound("Ust-Kamenogorsk"));
    assertNull(NameTokenizer.joinedCompound("Jalal-Abad"));
    assertNull(NameTokenizer.joinedCompound("Ak-47"));
    assertNull(NameTokenizer.joinedCompound("Akorda"));
  }

  public void testInvisibleCharactersInsideAWordAreDropped() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "To\u200Bkayev Rah\u200Dmon Du\u00ADshanbe \u200B",
        new String[] {"Tokayev", "Rahmon", "Dushanbe"},
        new int[] {0, 9, 17},
        new int[] {8, 16, 26});
  }

  public void testApostrophesBetweenLettersStayInTheWord() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Oʻzbekiston O'zbekiston Farg`ona Kazakhstan’s 'quoted'",
        new String[] {"Oʻzbekiston", "O'zbekiston", "Farg`ona", "Kazakhstan’s", "quoted"});
  }

  public void testDecimalNumbersStayWhole() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "3.5 billion, 1,000 tenge. 2024.",
        new String[] {"3.5", "billion", "1,000", "tenge", "2024"},
        new String[] {
          NameTokenizer.NUMBER_TYPE,
          NameTokenizer.WORD_TYPE,
          NameTokenizer.NUMBER_TYPE,
          NameTokenizer.WORD_TYPE,
          NameTokenizer.NUMBER_TYPE
        });
  }

  public void testEmptyAndSeparatorOnlyInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, " -.,'’ ", new String[0]);
  }

  public void testLongWordsAreCut() throws IOException {
    String word = "a".repeat(NameTokenizer.MAX_WORD_LENGTH + 5);
    assertAnalyzesTo(
        analyzer, word, new String[] {"a".repeat(NameTokenizer.MAX_WORD_LENGTH), "aaaaa"});
  }

  public void testRandomText() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomLongText() throws IOException {
    checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
  }

  public void testFactoryRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> new NameTokenizerFactory(new java.util.HashMap<>(Map.of("bogus", "1"))));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  public void testFactoryBuildsTheTokenizer() throws IOException {
    Tokenizer tokenizer = new NameTokenizerFactory(new java.util.HashMap<>()).create();
    tokenizer.setReader(new java.io.StringReader("Э.Рахмон"));
    assertTokenStreamContents(tokenizer, new String[] {"Э", "Рахмон"});
  }
}
