package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every spelling of a name finds the others, across scripts, through the public API. */
class NameSearchTest {

  @TempDir Path dir;

  private DragomanIndex index;

  private static Article article(String id, String lang, String body) {
    return Article.builder().id(id).lang(lang).body(body).build();
  }

  @BeforeEach
  void indexSpellings() throws IOException {
    index = DragomanIndex.open(dir.resolve("index"));
    index.addArticles(
        List.of(
            article("en-tokayev", "en", "President Kassym-Jomart Tokayev arrived in Dushanbe."),
            article("ru-tokaev", "ru", "Президент Касым-Жомарт Токаев прибыл в Душанбе."),
            article("ru-genitive", "ru", "Визит Токаева в Таджикистан завершился."),
            article("kz-tokaev", "kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев сөз сөйледі."),
            article("de-tokajew", "de", "Der Präsident Kassym-Schomart Tokajew sprach in Astana."),
            article("en-tokaev", "en", "Kasym-Zhomart Tokaev met the delegation."),
            article("en-initial", "en", "The message was signed by K.Tokayev yesterday."),
            article("en-tokarev", "en", "The Tokarev pistol was a Soviet design."),
            article("en-rahmon", "en", "Emomali Rahmon spoke at the summit."),
            article("en-rakhmonov", "en", "President Emomali Rakhmonov opened the session."),
            article("en-rahman", "en", "Sheikh Mujibur Rahman led Bangladesh."),
            article("en-nursultan", "en", "The summit took place in Nur-Sultan in 2019."),
            article("en-csto", "en", "The CSTO held exercises."),
            article(
                "en-csto-long", "en", "The Collective Security Treaty Organization met in Moscow."),
            article(
                "en-security-words",
                "en",
                "Collective farms, security of the treaty and the organization of trade."),
            article("ru-chto", "ru", "Он сказал, что визит состоится."),
            article("en-cis", "en", "Leaders of the Commonwealth of Independent States met."),
            article("en-eu", "en", "The European Union imposed new tariffs."),
            article("en-eaeu", "en", "The Eurasian Economic Union lowered its tariffs."),
            article("en-un", "en", "The United Nations opened the conference."),
            article("en-kirovabad", "en", "The plant in Kirovabad was rebuilt."),
            article("en-georgia", "en", "Georgia and Armenia signed the accord."),
            article("en-nuclear", "en", "The talks on nuclear disarmament resumed."),
            article("kk-language", "kk", "Bul qazaq tili turaly kitap."),
            article("en-akorda-hyphen", "en", "Talks were held at Ak-Orda on Friday."),
            article("en-white-horde", "en", "The Ak Orda ruled the steppe in the 14th century."),
            article("ru-muhriddin", "ru", "Министр С. Мухриддин провёл встречу."),
            article("en-initial-elsewhere", "en", "Minister S. Ivanov met Muhriddin in Moscow."),
            article("tj-monday", "tg", "Мо рӯзи душанбе вохӯрдем."),
            article("en-izafet", "en", "Rustami Emomali chaired the session."),
            article("ru-duma", "ru", "Закон приняла Государственная дума."),
            article("en-majlisi-oli", "en", "The Majlisi Oli adopted the law."),
            article(
                "ru-csto-long",
                "ru",
                "Организация Договора о коллективной безопасности провела учения.")));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private List<String> ids(String query) throws IOException {
    return index.search(SearchRequest.builder(query).limit(100).build()).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void aLatinSpellingFindsCyrillicAndOtherConventions() throws IOException {
    assertThat(ids("Tokayev"))
        .contains("en-tokayev", "ru-tokaev", "ru-genitive", "kz-tokaev", "de-tokajew", "en-tokaev")
        .doesNotContain("en-tokarev", "en-rahmon");
  }

  @Test
  void aCyrillicSpellingFindsLatinOnes() throws IOException {
    assertThat(ids("Токаев")).contains("en-tokayev", "de-tokajew", "en-tokaev", "kz-tokaev");
    assertThat(ids("Тоқаев")).contains("en-tokayev", "ru-tokaev");
  }

  @Test
  void anInitialGluedToTheSurnameIsStillTheSurname() throws IOException {
    assertThat(ids("Tokayev")).contains("en-initial");
  }

  @Test
  void theExactSpellingRanksAboveVariants() throws IOException {
    assertThat(ids("Tokaev").get(0)).isEqualTo("en-tokaev");
    assertThat(ids("Tokayev").get(0)).isIn("en-tokayev", "en-initial");
  }

  @Test
  void phrasesMatchAcrossScriptsAndConventions() throws IOException {
    assertThat(ids("\"Kassym-Jomart Tokayev\""))
        .contains("en-tokayev", "ru-tokaev", "en-tokaev")
        .doesNotContain("en-rahmon");
  }

  @Test
  void nearMissNamesStayApart() throws IOException {
    assertThat(ids("Rahmon")).contains("en-rahmon").doesNotContain("en-rahman");
    assertThat(ids("Rahman")).containsExactly("en-rahman");
    assertThat(ids("Tokarev")).containsExactly("en-tokarev");
  }

  @Test
  void aliasesJoinRenamesAndAcronyms() throws IOException {
    assertThat(ids("Rahmon")).contains("en-rakhmonov");
    assertThat(ids("Astana")).contains("en-nursultan", "de-tokajew");
    assertThat(ids("ОДКБ")).contains("en-csto");
  }

  @Test
  void aMultiWordAliasMatchesAsAPhraseNotAsLooseWords() throws IOException {
    assertThat(ids("ОДКБ")).contains("en-csto-long").doesNotContain("en-security-words");
  }

  @Test
  void inEnglishTextANameWithLowerCaseWordsStaysAPhrase() throws IOException {
    // English articles index only the words of names in the name fields: "of" between two
    // capitalized words is one of them.
    assertThat(ids("СНГ")).contains("en-cis");
    assertThat(ids("Содружество Независимых Государств")).contains("en-cis");
  }

  @Test
  void inEnglishTextACommonWordMatchesAsSpelled() throws IOException {
    assertThat(ids("nuclear disarmament")).contains("en-nuclear");
    assertThat(ids("nuklear")).doesNotContain("en-nuclear");
  }

  @Test
  void inOtherLanguagesLowerCaseWordsStillMatchAcrossScripts() throws IOException {
    assertThat(ids("қазақ тілі")).contains("kk-language");
  }

  @Test
  void anAcronymIsNotReadAsSounds() throws IOException {
    assertThat(ids("CSTO")).contains("en-csto", "en-csto-long").doesNotContain("ru-chto");
  }

  @Test
  void theListsAcronymsMatchByTheirLettersNotTheirSounds() throws IOException {
    // EU and EEU sound alike, as CSI (the CIS in Italian) and Xi do: their letters differ.
    assertThat(ids("EU")).contains("en-eu").doesNotContain("en-eaeu");
    assertThat(ids("EEU")).contains("en-eaeu").doesNotContain("en-eu");
    assertThat(ids("CSI")).contains("en-cis");
    assertThat(ids("Xi")).doesNotContain("en-cis");
  }

  @Test
  void aReadingThatLosesALetterOfAnAliasWordDoesNotLeadToIt() throws IOException {
    // Ganja (formerly Kirovabad) read with a silent j is Ghana; Géorgie with a silent i, George.
    assertThat(ids("Ghana")).doesNotContain("en-kirovabad");
    assertThat(ids("George")).doesNotContain("en-georgia");
    assertThat(ids("Ganja")).contains("en-kirovabad");
    assertThat(ids("Géorgie")).contains("en-georgia");
  }

  @Test
  void aShortWordWrittenLikeANameIsNoAcronym() throws IOException {
    // Un of Kim Jong Un is no UN; an acronym typed in capitals or in lower case is.
    assertThat(ids("Un")).doesNotContain("en-un");
    assertThat(ids("UN")).contains("en-un");
    assertThat(ids("un")).contains("en-un");
    // From four letters on, a word may be written so: Nato.
    assertThat(ids("Csto")).contains("en-csto-long");
  }

  @Test
  void aShortHyphenatedCompoundIsAlsoItsJoinedSpelling() throws IOException {
    assertThat(ids("Akorda")).contains("en-akorda-hyphen").doesNotContain("en-white-horde");
    assertThat(ids("Ak-Orda")).contains("en-akorda-hyphen", "en-white-horde");
  }

  @Test
  void aGivenNameAlsoMatchesItsInitial() throws IOException {
    assertThat(ids("Sirojiddin Muhriddin")).contains("ru-muhriddin");
    assertThat(ids("Sirojiddin")).doesNotContain("ru-muhriddin"); // a lone word needs itself
    assertThat(ids("Rustam Muhriddin")).doesNotContain("ru-muhriddin"); // another initial
  }

  @Test
  void anInitialMatchesOnlyRightBeforeTheNextWord() throws IOException {
    // "S." stands for Sirojiddin only where Muhriddin follows it, not anywhere in the article.
    assertThat(ids("Sirojiddin Muhriddin"))
        .contains("ru-muhriddin")
        .doesNotContain("en-initial-elsewhere");
  }

  @Test
  void onlyACapitalizedWordMatchesAnInitial() throws IOException {
    // A lowercase word is read as a common word, which no initial stands for.
    assertThat(ids("sirojiddin Muhriddin")).doesNotContain("ru-muhriddin");
  }

  @Test
  void aLowercaseCyrillicWordIsACommonWordNotALatinName() throws IOException {
    assertThat(ids("Dushanbe")).contains("en-tokayev", "ru-tokaev").doesNotContain("tj-monday");
    assertThat(ids("душанбе")).contains("tj-monday", "ru-tokaev").doesNotContain("en-tokayev");
  }

  @Test
  void inARunOfWordsCaseDoesNotKeepNamesApart() throws IOException {
    // Russian writes the later words of a name in lower case; a lone word keeps its case
    assertThat(ids("Gosudarstvennaya Duma")).contains("ru-duma");
    assertThat(ids("Duma")).doesNotContain("ru-duma");
  }

  @Test
  void aTajikIzafetMatchesInOrderOnly() throws IOException {
    assertThat(ids("Rustam Emomali")).contains("en-izafet");
    assertThat(ids("Рустам Эмомали")).contains("en-izafet");
    assertThat(ids("Emomali Rustam")).doesNotContain("en-izafet");
    assertThat(ids("Oliy Majlis")).doesNotContain("en-majlisi-oli"); // reversed words, n41
  }

  @Test
  void aliasPhrasesMatchTextWithOneLetterWords() throws IOException {
    assertThat(ids("CSTO")).contains("ru-csto-long");
    assertThat(ids("Collective Security Treaty Organization")).contains("ru-csto-long");
  }

  @Test
  void exactModeTurnsVariantsOff() throws IOException {
    SearchResult exact = index.search(SearchRequest.builder("Tokaev").exact(true).build());
    assertThat(exact.hits()).extracting(SearchHit::id).containsExactly("en-tokaev");
    assertThat(ids("exact:Tokaev")).containsExactly("en-tokaev");
  }

  @Test
  void snippetsMarkTheSpellingTheArticleUses() throws IOException {
    SearchResult result = index.search(SearchRequest.builder("id:ru-tokaev Tokaev").build());
    assertThat(result.hits().get(0).snippet()).contains("<mark>Токаев</mark>");
  }

  @Test
  void userAliasFilesAddTheirOwnNames(@TempDir Path tmp) throws IOException {
    Path aliases = tmp.resolve("aliases.txt");
    Files.writeString(aliases, "Dushanbe, City of Mondays\n");
    try (DragomanIndex withAliases =
        DragomanIndex.openExisting(
            dir.resolve("index"), DragomanOptions.defaults().withAliasFiles(List.of(aliases)))) {
      SearchResult result = withAliases.search(SearchRequest.of("\"City of Mondays\""));
      assertThat(result.hits()).extracting(SearchHit::id).contains("en-tokayev", "ru-tokaev");
    }
  }
}
