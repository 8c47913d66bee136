package org.dragoman.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Keys of {@link NameKeyFilter}: what must match and what must stay apart. */
public class TestNameKeyFilter extends BaseTokenStreamTestCase {

  private Analyzer index;
  private Analyzer query;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    index = NameAnalyzer.forIndexing();
    query = NameAnalyzer.forQueries(NameAliases.builtIn());
  }

  @Override
  public void tearDown() throws Exception {
    index.close();
    query.close();
    super.tearDown();
  }

  private static boolean share(String a, String b) {
    List<String> keysA = NameKeyer.keysOf(a);
    return NameKeyer.keysOf(b).stream().anyMatch(keysA::contains);
  }

  private static void assertSameName(String... spellings) {
    for (String spelling : spellings) {
      assertTrue(
          spellings[0]
              + " "
              + NameKeyer.keysOf(spellings[0])
              + " vs "
              + spelling
              + " "
              + NameKeyer.keysOf(spelling),
          share(spellings[0], spelling));
    }
  }

  private static void assertDifferentNames(String a, String b) {
    assertFalse(
        a + " " + NameKeyer.keysOf(a) + " vs " + b + " " + NameKeyer.keysOf(b), share(a, b));
  }

  public void testTransliterationsOfOneSurnameShareAKey() {
    assertSameName(
        "Tokayev", "Токаев", "Тоқаев", "Tokaev", "Tokajew", "Tokaïev", "Toqaev", "Toqajew",
        "Tokajev", "Tokáyev");
    assertSameName("Rahmon", "Раҳмон", "Рахмон", "Rakhmon", "Rachmon");
    assertSameName("Mirziyoyev", "Mirziyoev", "Мирзиёев", "Mirzijojew");
    assertSameName("Japarov", "Zhaparov", "Жапаров", "Dschaparow", "Žaparov");
  }

  public void testLettersOfEveryCentralAsianCyrillicAlphabet() {
    assertSameName("Khujand", "Хуҷанд", "Худжанд", "Chudschand", "Hudžand", "Khŭjand");
    assertSameName("Mazhilis", "Мәжіліс", "Мажилис", "Mäjılıs", "Majilis");
    assertSameName("Kulob", "Кӯлоб", "Kŭlob");
    assertSameName("Baikonur", "Байконур", "Baykonur", "Bajkonur");
    assertSameName("Oʻzbekiston", "O'zbekiston", "O`zbekiston", "Ўзбекистон");
    assertSameName("Ashgabat", "Aşgabat", "Ашгабат", "Ašgabat");
    assertSameName("Ihor", "Ігор");
  }

  public void testMinimalPairsStayApart() {
    assertDifferentNames("Rahmon", "Rahman");
    assertDifferentNames("Tokayev", "Tokarev");
    assertDifferentNames("Karimov", "Kerimov");
    assertDifferentNames("Majilis", "Majlis");
    assertDifferentNames("Putin", "Rasputin");
    assertDifferentNames("Astana", "Astara");
    assertDifferentNames("Казах", "Казак");
  }

  public void testConventionsOfNeighbouringLanguages() {
    // Spanish j = х, Hungarian gy ty cs s sz zs, Dutch oe sj, ш written as a plain s
    assertSameName("Ashkhabad", "Ашхабад", "Asjabad");
    assertSameName("Vladimir", "Vlagyimir", "Владимир");
    assertSameName("Putin", "Putyin");
    assertSameName("Vladimirovich", "Vlagyimirovics");
    assertSameName("Dushanbe", "Doesjanbe", "Dusambé", "Dyushambe", "Душанбе");
    assertSameName("Tashkent", "Taskent", "Ташкент");
    assertSameName("Kosherbayev", "Koserbajev", "Кошербаев");
  }

  public void testRussianPrintWritesYoAsYe() {
    assertSameName("Бахтиёр", "Бахтиер", "Bakhtiyer", "Bakhtiyor");
  }

  public void testTurkicPForPersianF() {
    assertSameName("Шарифович", "Шарипович", "Sharipovich", "Scharifowitsch");
  }

  public void testKazakhQIsKeptApartInReadingsAndJoinedThroughALooseKey() {
    assertSameName("Qazaq", "Қазақ", "Kazak", "Казак");
    assertEquals("qasaq", NameKeyer.keysOf("Қазақ").get(0));
    assertSameName("Aktau", "Oqtov");
    assertSameName("Qazaq", "qazaqsha", "Qazaqtar", "Қазақша");
    assertDifferentNames("Казах", "Казак");
  }

  public void testFeminineLatinSurnamesStayApartFromMasculine() {
    assertDifferentNames("Karimov", "Karimova");
    assertDifferentNames("Nazarbayev", "Nazarbayeva");
    assertDifferentNames("Lavrov", "Lavrova");
  }

  public void testInflectedCyrillicFindsTheBaseForm() {
    assertSameName("Tokayev", "Токаева");
    assertSameName("Nazarbayev", "Назарбаеву");
    assertSameName("Mazhilis", "Мәжілісінің", "Мәжіліске");
    assertSameName("Astana", "Астану");
    assertSameName("Lavrov", "Лавровнинг", "Lavrovning");
  }

  public void testVariantKeysAreStackedWithTheOriginalOffsets() throws IOException {
    assertAnalyzesTo(
        index,
        "К.Токаева",
        new String[] {"k.", "tokaeva", "tokaev", "_tokaeva", "_tokaev"},
        new int[] {0, 2, 2, 2, 2},
        new int[] {1, 9, 9, 9, 9},
        new String[] {
          NameKeyFilter.KEY_TYPE,
          NameKeyFilter.KEY_TYPE,
          NameKeyFilter.VARIANT_TYPE,
          NameKeyFilter.VARIANT_TYPE,
          NameKeyFilter.VARIANT_TYPE
        },
        new int[] {1, 1, 0, 0, 0});
  }

  public void testInitialsAreIndexedAsTheirLetterAndAPeriod() throws IOException {
    // Ш, like S, is s in an initial: German Latin writes Scharipowitsch as S.
    assertAnalyzesTo(
        index,
        "С. Мухриддин, Ш. Rahmon",
        new String[] {"s.", "muhridin", "muhrid", "_muhridin", "_muhrid", "s.", "rahmon"},
        new int[] {0, 3, 3, 3, 3, 14, 17},
        new int[] {1, 12, 12, 12, 12, 15, 23},
        new int[] {1, 1, 0, 0, 0, 1, 1});
  }

  public void testQueriesLeaveInitialsOutWithoutAHole() throws IOException {
    // S. Mukhriddin also finds Sirojiddin Mukhriddin: the initial is no constraint in a query.
    assertAnalyzesTo(
        query,
        "S. Mukhriddin",
        new String[] {"muhridin"},
        new int[] {3},
        new int[] {13},
        new int[] {1});
  }

  public void testOneLetterLowercaseWordsLeaveNoHole() throws IOException {
    // The alias phrase "Организация Договора о коллективной безопасности" is analyzed without о:
    // the text must not keep a hole where о was, or the phrase would not match it.
    assertAnalyzesTo(
        index,
        "Договора о коллективной",
        new String[] {
          "dogovora",
          "dogovor",
          "_dogovora",
          "_dogovor",
          "_kolektivnoi",
          "_kolektivn",
          "_kolektivna"
        },
        new int[] {0, 0, 0, 0, 11, 11, 11},
        new int[] {8, 8, 8, 8, 23, 23, 23},
        new int[] {1, 0, 0, 0, 1, 0, 0});
  }

  public void testLowercaseCyrillicWordsAreCommonWordsNotLatinNames() throws IOException {
    // Tajik душанбе (Monday) is not Dushanbe; a capitalized Cyrillic word is a name and also
    // matches its lowercase form; Latin words keep their plain keys.
    assertAnalyzesTo(
        index, "душанбе", new String[] {"_duxambe", "_dusambe", "_duxamb", "_duxamba"});
    assertAnalyzesTo(
        index,
        "Душанбе",
        new String[] {
          "duxambe", "dusambe", "duxamb", "duxamba", "_duxambe", "_dusambe", "_duxamb", "_duxamba"
        });
    assertAnalyzesTo(
        index, "Dushanbe dushanbe", new String[] {"duxambe", "dusambe", "duxambe", "dusambe"});
    assertDifferentNames("Dushanbe", "душанбе");
    assertSameName("Душанбе", "душанбе", "Dushanbe");
  }

  public void testLowercaseLatinQueriesAlsoReachCyrillicCommonWords() throws IOException {
    // qazaqsha typed in a query finds қазақша; the index does not double every English word.
    List<String> terms =
        AnalysisInspector.tokens(query, "f", "qazaqsha").stream().map(AnalyzedToken::term).toList();
    assertTrue(terms.toString(), terms.contains("_qasaqxa"));
    assertTrue(terms.toString(), terms.contains("qasaqxa"));
    assertAnalyzesTo(index, "qazaqsha", new String[] {"qasaqxa", "qasaqsa", "kasaksa", "qasaq"});
  }

  public void testLatinIzafetGetsAMarkedKeyWithoutTheI() throws IOException {
    // Rustami Emomali (izafet) = Rustam Emomali, but only as a phrase: the key is marked
    assertAnalyzesTo(
        index,
        "Rustami Oliy",
        new String[] {"rustami", "rustam+", "oli"},
        new int[] {0, 0, 8},
        new int[] {7, 7, 12},
        new int[] {1, 0, 1});
    assertEquals(List.of("rustam+"), NameKeyer.izafetKeys("Rustam"));
    assertEquals(List.of("rustami+", "rustam"), NameKeyer.izafetKeys("Rustami"));
    assertEquals(List.of("rustam+"), NameKeyer.izafetKeys("Рустам"));
    assertEquals(List.of(), NameKeyer.izafetKeys("рустам")); // a common word: no phrase
  }

  public void testPatronymicsShareTheMarkedFathersName() {
    // Russian -evich and Kazakh -uly are one patronymic; the father's own name stays apart
    assertSameName("Kemelevich", "Kemeluly", "Кемелұлы", "Кемелевич");
    assertTrue(NameKeyer.keysOf("Kemeluly").contains("kemel" + NameKeyer.PATRONYMIC));
    assertDifferentNames("Kemel", "Kemeluly");
    assertDifferentNames("Kemel", "Kemelevich");
  }

  public void testTurkicSonOfSuffixAndFrenchInEndings() {
    assertSameName("Чавушоглу", "Chavushoʻgʻli", "Çavuşoğlu", "Чавушоглы");
    assertSameName("Putin", "Poutine", "Путин");
    assertSameName("Mishustin", "Michoustine");
    assertDifferentNames("Ukraine", "Ukrain"); // -ine after a vowel is not French -ine
  }

  public void testLatinKeyHighlightsTheCyrillicWord() throws IOException {
    // Касым also gets the stem key "kas" (-ым read as a case ending), at the same offsets
    assertAnalyzesTo(
        index,
        "Касым-Жомарт Токаев",
        new String[] {"kasim", "kas", "_kasim", "_kas", "jomart", "_jomart", "tokaev", "_tokaev"},
        new int[] {0, 0, 0, 0, 6, 6, 13, 13},
        new int[] {5, 5, 5, 5, 12, 12, 19, 19},
        new int[] {1, 0, 0, 0, 1, 0, 1, 0});
  }

  public void testQueryAnalyzerExpandsAliasesAsAGraph() throws IOException {
    List<AnalyzedToken> tokens = AnalysisInspector.tokens(query, "f", "Tselinograd");
    assertTrue(tokens.toString(), tokens.stream().anyMatch(t -> t.term().equals("astana")));
    assertTrue(
        tokens.toString(),
        tokens.stream().anyMatch(t -> t.term().equals("nur") && t.position() == 0));
  }

  public void testAliasesMatchThroughAnyReadingOfAWord() throws IOException {
    // French Tachkent reads ch as ш only in a variant key; the alias list still fires
    TokenStream stream = query.tokenStream("f", "Tachkent");
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    java.util.Set<String> terms = new java.util.HashSet<>();
    stream.reset();
    while (stream.incrementToken()) {
      terms.add(term.toString());
    }
    stream.end();
    stream.close();
    assertTrue(terms.toString(), terms.contains(NameKeyer.keysOf("Toshkent").get(0)));
  }

  public void testAnAcronymsLetterKeyServesTheAliasListOnly() throws IOException {
    // EU meets European Union by its letters; its sounds (ev) are those of EEU too
    assertTrue(queryTerms("EU").contains("evropean"));
    assertFalse(queryTerms("EU").contains("evrasian"));
    // no letter key reaches a query: the index holds none
    for (String text : List.of("EU", "IPA CIS", "UN", "un", "Nato", "Xi")) {
      assertTrue(
          text + ": " + queryTerms(text),
          queryTerms(text).stream().noneMatch(t -> t.startsWith("=")));
    }
    assertTrue(queryTerms("IPA").contains("ipa"));
  }

  public void testWhatIsReadAsAnAcronym() {
    assertEquals("=csto", acronymKey("CSTO"));
    assertEquals("=одкб", acronymKey("ОДКБ"));
    assertEquals("=un", acronymKey("un"));
    assertEquals("=nato", acronymKey("Nato"));
    assertEquals("", acronymKey("Xi"));
    assertEquals("", acronymKey("Un"));
    assertEquals("", acronymKey("BRICS5"));
    assertEquals("", acronymKey("UNESCO"));
    assertEquals("", acronymKey("iPad"));
  }

  private static String acronymKey(String word) {
    return new String(NameKeyFilter.acronymKey(word.toCharArray(), word.length()));
  }

  private java.util.Set<String> queryTerms(String text) throws IOException {
    java.util.Set<String> terms = new java.util.HashSet<>();
    try (TokenStream stream = query.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  public void testCapturedStatesKeepTheirVariants() {
    NameKeyVariantsAttributeImpl live = new NameKeyVariantsAttributeImpl();
    live.add("tokaev".toCharArray(), 6);
    NameKeyVariantsAttributeImpl captured = live.clone();
    live.removeAll();
    live.add("ab".toCharArray(), 2);
    live.add("abcdefghijk".toCharArray(), 11);
    assertEquals(1, captured.count());
    assertEquals("tokaev", new String(captured.copy(0, new char[0]), 0, captured.length(0)));
  }

  public void testQueryChainBuffersTokensWithManyVariants() throws IOException {
    // a synonym filter looks ahead and restores captured states: variants must survive it
    checkAnalysisConsistency(
        random(), query, false, "not something imaginary, not just loudmouthing Tachkent");
  }

  public void testEmptyTerm() throws IOException {
    assertAnalyzesTo(index, "", new String[0]);
    assertAnalyzesTo(query, "", new String[0]);
    assertAnalyzesTo(index, "'’ʻ", new String[0]);
  }

  public void testRandomText() throws IOException {
    checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), query, 100 * RANDOM_MULTIPLIER);
  }

  public void testRandomCyrillicAndLatinNames() throws IOException {
    String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһҳҷӣӯўієїґ aeiouyjkhcszqxwgé'-.";
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int length = random().nextInt(40);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random().nextInt(alphabet.length())));
      }
      checkAnalysisConsistency(random(), index, random().nextBoolean(), text.toString());
    }
  }

  public void testFactoryRejectsUnknownParametersAndBadValues() {
    IllegalArgumentException unknown =
        expectThrows(
            IllegalArgumentException.class,
            () -> new NameKeyFilterFactory(new HashMap<>(Map.of("bogus", "1"))));
    assertTrue(unknown.getMessage().contains("Unknown parameters"));
    IllegalArgumentException bad =
        expectThrows(
            IllegalArgumentException.class,
            () -> new NameKeyFilterFactory(new HashMap<>(Map.of("variants", "sideways"))));
    assertTrue(bad.getMessage().contains("sideways"));
    expectThrows(
        IllegalArgumentException.class,
        () -> new NameKeyVariantsFilterFactory(new HashMap<>(Map.of("bogus", "1"))));
    expectThrows(
        IllegalArgumentException.class,
        () -> new NameAliasFilterFactory(new HashMap<>(Map.of("bogus", "1"))));
  }
}
