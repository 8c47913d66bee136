package org.dragoman.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one word, in any Cyrillic alphabet of the region or in any Latin romanization of it, into
 * its transliteration keys: lowercase strings in which every spelling of the same name coincides
 * while real consonant and vowel differences stay (Rahmon/Rahman, Tokayev/Tokarev).
 *
 * <p>Three steps, each table-driven:
 *
 * <ol>
 *   <li><b>Fold</b> every character: Cyrillic letters (Russian, Kazakh, Kyrgyz, Tajik, Uzbek,
 *       Turkmen, Ukrainian, Belarusian) become resolved phonemes, Latin letters with diacritics
 *       become their resolved phoneme (š, ş, sz-like letters to {@code x}; ž, ż to {@code j}; č, ç
 *       to {@code c}) or their base letter; apostrophes become one marker.
 *   <li><b>Read</b> the plain Latin letters under up to four conventions, because some digraphs
 *       mean different sounds in different languages: <i>international</i> (English, BGN/PCGN,
 *       Turkic Latin: ch = ч, j = ж), <i>central European</i> (German, Polish, Czech, Dutch: ch =
 *       х, j = й, sz = ш, sch also ж), <i>French</i> (ch = ш, ou = u, gu = g) and <i>Uzbek</i> (x =
 *       х). A word without ambiguous letters reads the same in all four and has one key; the
 *       primary key uses the convention the word's own letters point to (ł, sz, w, é, ou, oʻ).
 *   <li><b>Normalize</b> the phonemes: glides (y, й, intervocalic i) vanish before and between
 *       vowels, a vowel-final u becomes v (Aktau = Aktav), d before ж and t before ч vanish (dzh,
 *       tch), doubled phonemes collapse.
 * </ol>
 *
 * <p>Key alphabet: vowels {@code a e i o u}; {@code j} = ж/дж, {@code h} = х, {@code c} = ч, {@code
 * x} = ш, {@code s} = с and з (German writes з as s), other letters as in English.
 *
 * <p>Cyrillic words also get keys for their base form when they end in a Russian case ending or a
 * Kazakh, Kyrgyz or Uzbek suffix (Токаева, Назарбаеву, Мәжілісінің); the base-form key is the
 * <em>primary</em> key so that alias lists written in the nominative match inflected text. Latin
 * words are never stemmed (Karimova stays apart from Karimov), except Uzbek case suffixes after a
 * Slavic surname ending (Lavrovning, Saidovni).
 *
 * <pre>{@code
 * NameKeyer keyer = new NameKeyer();
 * keyer.analyze("Тоқаев".toCharArray(), 6);
 * keyer.key(0); // "tokaev", the same as for Tokayev, Tokajew, Tokaïev, Toqaev
 * }</pre>
 *
 * <p>Not thread-safe: one instance per token stream. The key buffers are reused between words.
 */
public final class NameKeyer {

  /** The most keys one word can have. */
  public static final int MAX_KEYS = 12;

  private static final int INTERNATIONAL = 0;
  private static final int CENTRAL_EUROPEAN = 1;
  private static final int FRENCH = 2;
  private static final int UZBEK = 3;
  private static final int SPANISH = 4;
  private static final int HUNGARIAN = 5;
  private static final int PROFILES = 6;

  /** Marker for any apostrophe-like character after folding. */
  private static final char APOSTROPHE = '\'';

  /**
   * Fold table for U+0000..U+052F. Lowercase ASCII letters are plain Latin letters still to be read
   * by a convention; uppercase letters are resolved phonemes; "" drops the character; null means
   * "not a known letter" (kept as-is when it is a letter or digit, dropped otherwise).
   */
  private static final String[] FOLD = new String[0x0530];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      FOLD[c] = String.valueOf(c);
    }
    for (char c = '0'; c <= '9'; c++) {
      FOLD[c] = String.valueOf(c);
    }
    fold("àáâãäåāăąǎȁȃ", "a");
    fold("æ", "ae");
    fold("ə", "a");
    fold("çčćĉċ", "C");
    fold("ďđð", "d");
    fold("èéêëēĕėęěȅȇ", "e");
    fold("ìíîïīĭįıǐȉȋĩ", "i");
    fold("ñńňņŉ", "n");
    fold("òóôõöøōŏőǒȍȏơ", "o");
    fold("œ", "oe");
    fold("ùúûüūŭůűųǔǖǘǚǜȕȗư", "u");
    fold("ýÿŷ", "y");
    fold("žżĵǰ", "J");
    fold("ź", "s");
    fold("šşșŝ", "X");
    fold("śß", "s");
    fold("ğġĝģǧ", "g");
    fold("ħĥ", "h");
    fold("ķǩ", "k");
    fold("łĺľļŀ", "l");
    fold("řŕŗ", "r");
    fold("ťţțŧþ", "t");
    fold("ŵ", "w");
    fold("ĳ", "ij");
    // Apostrophes and modifier letters used as apostrophes (Uzbek oʻ gʻ, soft sign ʹ, glottal ʼ).
    fold("'`´ʹʺʻʼʽʾʿˈˊˋ", "'");
    // Combining diacritics (decomposed input) carry no sound difference we keep.
    for (char c = 0x0300; c <= 0x036F; c++) {
      FOLD[c] = "";
    }

    // Russian
    cyr("а", "A", "б", "B", "в", "V", "г", "G", "д", "D", "е", "E", "ё", "YO", "ж", "J");
    cyr("з", "S", "и", "I", "й", "Y", "к", "K", "л", "L", "м", "M", "н", "N", "о", "O");
    cyr("п", "P", "р", "R", "с", "S", "т", "T", "у", "U", "ф", "F", "х", "H", "ц", "TS");
    cyr("ч", "C", "ш", "X", "щ", "XC", "ъ", "", "ы", "I", "ь", "", "э", "E", "ю", "YU");
    cyr("я", "YA");
    // Ukrainian, Belarusian, other Slavic
    cyr("є", "YE", "і", "I", "ї", "YI", "ґ", "G", "ў", "U", "ѐ", "E", "ѓ", "G", "ѕ", "DS");
    cyr("ј", "Y", "љ", "L", "њ", "N", "ћ", "C", "ќ", "K", "џ", "J", "ѝ", "I");
    // Kazakh, Kyrgyz, Tajik, Uzbek, Turkmen (Cyrillic era), Bashkir, Tatar
    cyr("ә", "A", "ғ", "G", "қ", "Q", "ң", "N", "ө", "O", "ұ", "U", "ү", "U", "һ", "H");
    cyr("ҳ", "H", "ҷ", "J", "ӣ", "I", "ӯ", "U", "җ", "J", "ҕ", "G", "ҥ", "N", "ӊ", "N");
    cyr("ӈ", "N", "ҙ", "S", "ҫ", "S", "ҡ", "K", "ӄ", "K", "ӑ", "A", "ӓ", "A", "ӗ", "E");
    cyr("ӝ", "J", "ӟ", "S", "ӥ", "I", "ӧ", "O", "ӱ", "U", "ӳ", "U", "ӵ", "C", "ӹ", "I");
    cyr("ҹ", "C", "ҽ", "C", "ҿ", "C", "ӏ", "", "ԁ", "D", "ӕ", "AE", "ӛ", "A", "ӫ", "O");
  }

  /**
   * {@link #FOLD} packed for the hot path: per character, the folded chars in the low 32 bits
   * (first in bits 0-15, second in 16-31) and their number (0-2) in bits 32-33; {@link #UNKNOWN}
   * when the table has no entry.
   */
  private static final long[] PACKED_FOLD = new long[FOLD.length];

  private static final long UNKNOWN = -1L;

  static {
    for (int c = 0; c < FOLD.length; c++) {
      String f = FOLD[c];
      if (f == null) {
        PACKED_FOLD[c] = UNKNOWN;
      } else if (f.length() > 2) {
        throw new AssertionError("fold of " + (char) c + " is longer than two chars");
      } else {
        long packed = (long) f.length() << 32;
        for (int i = 0; i < f.length(); i++) {
          packed |= (long) f.charAt(i) << (16 * i);
        }
        PACKED_FOLD[c] = packed;
      }
    }
  }

  /** Words are lowercased before folding, so only lowercase letters need entries. */
  private static void fold(String chars, String to) {
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c < FOLD.length) {
        FOLD[c] = to;
      }
    }
  }

  private static void cyr(String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      FOLD[pairs[i].charAt(0)] = pairs[i + 1];
    }
  }

  /**
   * Russian case endings and Kazakh/Kyrgyz/Uzbek suffixes, longest first within each length. The
   * flag says whether the base may be a feminine a-noun (Астану -> Астана).
   */
  private static final String[] ENDINGS = {
    // Turkic genitive, ablative, plural, locative, dative, accusative, possessive
    "нинг",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "нын",
    "нин",
    "нун",
    "нүн",
    "дын",
    "дин",
    "дун",
    "дүн",
    "тын",
    "тин",
    "тун",
    "түн",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "дон",
    "дөн",
    "тон",
    "төн",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "лор",
    "лөр",
    "дор",
    "дөр",
    "тор",
    "төр",
    "нда",
    "нде",
    "мен",
    "бен",
    "пен",
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    // two letters
    "ға",
    "ге",
    "қа",
    "ке",
    "га",
    "ка",
    "го",
    "гө",
    "ко",
    "кө",
    "да",
    "де",
    "та",
    "те",
    "до",
    "дө",
    "то",
    "тө",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "ну",
    "нү",
    "ду",
    "дү",
    "ту",
    "тү",
    "ни",
    "сы",
    "сі",
    "ша",
    "ше",
    "ом",
    "ем",
    "ой",
    "ою",
    "ею",
    "ым",
    "им",
    "ах",
    "ях",
    "ам",
    "ям",
    // one letter
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
    "і",
  };

  /** Endings after which the base may be an a-noun: the key of stem + "а" is added. */
  private static final String[] A_NOUN_ENDINGS = {
    "у", "ю", "е", "ы", "и", "ой", "ою", "ею", "ам", "ям", "ами", "ями", "ах", "ях"
  };

  private static final int MIN_STEM = 3;

  /** {@link #ENDINGS} and {@link #A_NOUN_ENDINGS} as open-addressing sets of packed chars. */
  private static final long[] ENDING_CODES = codeSet(ENDINGS);

  private static final long[] A_NOUN_CODES = codeSet(A_NOUN_ENDINGS);

  private static final int CODE_SET_BITS = 9;

  private static long[] codeSet(String[] endings) {
    long[] set = new long[1 << CODE_SET_BITS];
    for (String ending : endings) {
      if (ending.isEmpty() || ending.length() > 4) {
        throw new AssertionError("ending " + ending + " is not 1 to 4 chars long");
      }
      long code = pack(ending.toCharArray(), 0, ending.length());
      int slot = slot(code);
      while (set[slot] != 0 && set[slot] != code) {
        slot = (slot + 1) & (set.length - 1);
      }
      set[slot] = code;
    }
    return set;
  }

  private static int slot(long code) {
    return (int) ((code * 0x9E3779B97F4A7C15L) >>> (64 - CODE_SET_BITS));
  }

  private static boolean contains(long[] set, long code) {
    int slot = slot(code);
    while (true) {
      long entry = set[slot];
      if (entry == code) {
        return true;
      }
      if (entry == 0) {
        return false;
      }
      slot = (slot + 1) & (set.length - 1);
    }
  }

  /** Up to four chars in one long (16 bits each); different lengths give different codes. */
  private static long pack(char[] chars, int from, int n) {
    long code = 0;
    for (int i = 0; i < n; i++) {
      code = (code << 16) | chars[from + i];
    }
    return code;
  }

  private boolean isEnding(int from, int n) {
    return contains(ENDING_CODES, pack(lower, from, n));
  }

  private boolean isANounEnding(int from, int n) {
    return contains(A_NOUN_CODES, pack(lower, from, n));
  }

  private final char[][] keys = new char[MAX_KEYS][];
  private final int[] keyLengths = new int[MAX_KEYS];
  private int keyCount;
  private int readingCount; // keys reading the whole word under a convention
  private int wholeWordCount; // readings plus their loose forms; the rest are base forms

  private char[] lower = new char[32];
  private char[] folded = new char[64];
  private int foldedLength;
  private char[] phonemes = new char[128];
  private int phonemeLength;
  private char[] key = new char[128];
  private int differingProfiles; // set by fold for Latin words
  private boolean asciiOnly; // set by fold
  private int likelyProfile; // set by fold: -1 when only ASCII letters without markers
  private int[] phonemeEnd = new int[32]; // folded length after each source char (Cyrillic)

  /**
   * Marks the keys of a Cyrillic word written in lower case: a common word of running text (Tajik
   * душанбе, Monday), not a name, so it never matches a capitalized Latin name (Dushanbe). Names
   * are capitalized in every Cyrillic orthography of the region; a capitalized Cyrillic word also
   * gets marked copies of its keys, so that it matches the same word in lower case.
   */
  public static final char COMMON_WORD = '_';

  private final boolean forQueries;

  /** A keyer for indexing. */
  public NameKeyer() {
    this(false);
  }

  /**
   * @param forQueries whether a Latin word written in lower case also gets {@link #COMMON_WORD}
   *     copies of its keys, so that a query typed in lower case (qazaqsha, kollektivnoj) finds
   *     Cyrillic common words (қазақша, коллективной); the index leaves them out, because they
   *     would double the keys of most English words
   */
  public NameKeyer(boolean forQueries) {
    this.forQueries = forQueries;
    for (int i = 0; i < MAX_KEYS; i++) {
      keys[i] = new char[32];
    }
  }

  /**
   * Number of keys of the last analyzed word that read the whole word (the primary and the other
   * conventions' readings); the keys after them are base forms left by stripping an ending.
   */
  public int readingKeyCount() {
    return readingCount;
  }

  /**
   * Number of keys of the last analyzed word that stand for the whole word: its readings, then
   * their loose forms (ш as s, қ as k); the keys after them are base forms.
   */
  public int wholeWordKeyCount() {
    return wholeWordCount;
  }

  /** Number of keys of the last analyzed word; 0 when it had no letter or digit. */
  public int keyCount() {
    return keyCount;
  }

  /** The buffer of key {@code i} (valid up to {@link #keyLength(int)}); key 0 is the primary. */
  public char[] keyBuffer(int i) {
    return keys[i];
  }

  public int keyLength(int i) {
    return keyLengths[i];
  }

  /** Key {@code i} as a string (allocates: for tests and inspection). */
  public String key(int i) {
    return new String(keys[i], 0, keyLengths[i]);
  }

  /** The keys of one word, primary first (allocates: for tests and inspection). */
  public static List<String> keysOf(String word) {
    NameKeyer keyer = new NameKeyer();
    keyer.analyze(word.toCharArray(), word.length());
    List<String> result = new ArrayList<>(keyer.keyCount());
    for (int i = 0; i < keyer.keyCount(); i++) {
      result.add(keyer.key(i));
    }
    return result;
  }

  /** Computes the keys of {@code word[0..length)}; read them with {@link #keyBuffer(int)}. */
  public void analyze(char[] word, int length) {
    keyCount = 0;
    readingCount = 0;
    wholeWordCount = 0;
    if (length == 1 && Character.isLetter(word[0])) {
      if (Character.isUpperCase(word[0])) {
        analyzeInitial(word); // К. Токаев, S. Mukhriddin
      }
      return; // a lowercase one-letter word (о, и, a): no key, no constraint
    }
    boolean cyrillic = lowercase(word, length);
    int stripped = possessiveLength(length);
    if (cyrillic) {
      analyzeCyrillic(stripped);
      markCyrillicWord(word[0]);
    } else {
      fold(lower, 0, stripped, false);
      int likely = likelyProfile;
      if (likely < 0) {
        likely = INTERNATIONAL;
      } else if (likely == INTERNATIONAL) {
        likely = likelyProfile(stripped); // non-ASCII letters may point to a convention
      }
      addLatinKeys(likely);
      readingCount = keyCount;
      addLooseKeys();
      addLatinYeKey();
      addEndingKeys(true);
      wholeWordCount = keyCount;
      int uzbekStem = uzbekSuffixStem();
      if (uzbekStem == 0) {
        uzbekStem = kazakhSuffixStem();
      }
      if (uzbekStem > 0) {
        foldedLength = uzbekStem;
        addKey(INTERNATIONAL);
      }
      if (lower[stripped - 1] == 'i') {
        addIzafetKey();
      }
      if (forQueries && Character.isLowerCase(word[0])) {
        addCommonWordCopies(readingCount); // readings only: queries stay small
      }
    }
  }

  /**
   * The key of an initial: the first key letter of the capital's reading and a period ({@code С},
   * {@code S} and {@code Ш} give {@code s.}), so that a full given name or patronymic in a query
   * can match an initial in the text (see {@link #initialKey}). The period keeps it apart from
   * every word key.
   */
  private void analyzeInitial(char[] word) {
    lowercase(word, 1);
    fold(lower, 0, 1, false);
    addKey(INTERNATIONAL);
    if (keyCount == 0) {
      return; // a letter without a sound of its own (Ь)
    }
    key[0] = initialLetter(keys[0][0]);
    key[1] = '.';
    keyCount = 0;
    addKeyFromBuffer(2);
    readingCount = keyCount;
    wholeWordCount = keyCount;
  }

  /**
   * The key that an initial of {@code word} has in the text: {@code initialKey("Sirojiddin")} and
   * {@code initialKey("Сироҷиддин")} are {@code "s."}, the key of {@code С.} and {@code S.}; null
   * when the word has no key.
   */
  public static String initialKey(String word) {
    int end = 0;
    while (end < word.length() && Character.isLetter(word.charAt(end))) {
      end++;
    }
    if (end == 0) {
      return null;
    }
    NameKeyer keyer = new NameKeyer();
    keyer.analyze(word.toCharArray(), end);
    if (keyer.keyCount() == 0) {
      return null;
    }
    return initialLetter(keyer.keyBuffer(0)[0]) + ".";
  }

  /** Latin initials write ш as S (Scharipowitsch, Sharipovich: S.), so x is s in initials. */
  private static char initialLetter(char keyLetter) {
    return keyLetter == 'x' ? 's' : keyLetter;
  }

  /**
   * Marks the izafet key of a Latin word: Tajik (Persian) joins a noun to what follows with -i
   * (Rustami Emomali, Rustam son of Emomali; Majlisi Oli), which other spellings leave out (Rustam
   * Emomali, Рустам Эмомали). A Latin word ending in a consonant and -i gets the key of the word
   * without it, marked with {@value #IZAFET}: the query parser asks for it only in a phrase with
   * the next word ({@link #izafetKeys}), because the bare word would join reversed pairs (Majlisi
   * Oli, Oliy Majlis).
   */
  public static final char IZAFET = '+';

  private void addIzafetKey() {
    int n = keyLengths[0];
    char[] primary = keys[0];
    if (n < 5 || primary[n - 1] != 'i' || isVowel(primary[n - 2])) {
      return;
    }
    System.arraycopy(primary, 0, key, 0, n - 1);
    key[n - 1] = IZAFET;
    addKeyFromBuffer(n);
  }

  /**
   * The keys that stand for {@code word} as the first word of an izafet phrase, for query parsers:
   * its primary key with {@value #IZAFET} (the text writes the izafet, the query does not: Rustam
   * finds Rustami) and, when the word itself ends in a consonant and -i, its primary key without
   * the -i (Rustami finds Rustam). Empty when the word has no key.
   */
  public static List<String> izafetKeys(String word) {
    String letters = letterRun(word);
    if (letters.isEmpty()) {
      return List.of();
    }
    NameKeyer keyer = new NameKeyer();
    keyer.analyze(letters.toCharArray(), letters.length());
    if (keyer.keyCount() == 0 || keyer.keyBuffer(0)[0] == COMMON_WORD) {
      return List.of();
    }
    String primary = keyer.key(0);
    List<String> keys = new ArrayList<>(2);
    keys.add(primary + IZAFET);
    for (int i = 1; i < keyer.keyCount(); i++) {
      String k = keyer.key(i);
      if (k.charAt(k.length() - 1) == IZAFET) {
        keys.add(k.substring(0, k.length() - 1));
      }
    }
    return keys;
  }

  /** The keys of the letters at the start of {@code text}, for query parsers; empty if none. */
  public static List<String> keysOfWord(String text) {
    String letters = letterRun(text);
    return letters.isEmpty() ? List.of() : keysOf(letters);
  }

  private static String letterRun(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Lowercases the word into {@link #lower}; returns whether it has a Cyrillic letter. */
  private boolean lowercase(char[] word, int length) {
    if (lower.length < length) {
      lower = new char[length + 8];
    }
    boolean cyrillic = false;
    for (int i = 0; i < length; i++) {
      char c = word[i];
      if (c < 0x80) {
        lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else if (c >= 'А' && c <= 'я') {
        lower[i] = c <= 'Я' ? (char) (c + 32) : c; // the Russian alphabet, without a table
        cyrillic = true;
      } else {
        c = Character.toLowerCase(c);
        lower[i] = c;
        cyrillic |= c >= 0x0400 && c < 0x0530;
      }
    }
    return cyrillic;
  }

  /** English possessive "'s" / "’s" at the end is not part of the name. */
  private int possessiveLength(int length) {
    if (length > 3 && lower[length - 1] == 's' && isApostrophe(lower[length - 2])) {
      return length - 2;
    }
    return length;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == 'ʻ' || c == '´';
  }

  // ---------------------------------------------------------------- Cyrillic

  private void analyzeCyrillic(int length) {
    boolean hSound = readsGeAsHe(length);
    // The written form is the primary key, so alias entries match it exactly; the bases left
    // by every matching ending, and a-noun bases (Астану -> Астана), are variants. Cyrillic
    // letters read one phoneme string each, so a stem's phonemes are a prefix of the word's.
    fold(lower, 0, length, hSound);
    read(INTERNATIONAL);
    addNormalized(phonemeLength);
    readingCount = keyCount;
    addLooseKeys();
    addEndingKeys(false);
    if (addCyrillicYeKey(length, hSound)) {
      fold(lower, 0, length, hSound); // back to the written form, for the base forms below
      read(INTERNATIONAL);
    }
    wholeWordCount = keyCount;
    if (phonemeLength != foldedLength) {
      return; // Latin letters or apostrophes inside: phonemes do not align with letters
    }
    int longestStem = length;
    for (int n = 1; n <= 4; n++) {
      int stem = length - n;
      if (stem >= MIN_STEM && isEnding(stem, n)) {
        int prefix = phonemeEnd[stem - 1];
        addNormalized(prefix);
        if (n <= 3 && isANounEnding(stem, n)) {
          char saved = phonemes[prefix];
          phonemes[prefix] = 'a';
          addNormalized(prefix + 1);
          phonemes[prefix] = saved;
        }
        longestStem = stem;
      }
    }
    // Turkic words stack a possessive and a case suffix: Мәжіліс-і-нің
    for (int n = 1; n <= 2 && longestStem < length; n++) {
      int inner = longestStem - n;
      if (inner >= MIN_STEM && isEnding(inner, n)) {
        addNormalized(phonemeEnd[inner - 1]);
      }
    }
  }

  /**
   * A Cyrillic word that starts in lower case gets its keys marked ({@link #COMMON_WORD}); one that
   * starts with a capital keeps them and adds marked copies.
   */
  private void markCyrillicWord(char first) {
    if (Character.isLowerCase(first)) {
      for (int i = 0; i < keyCount; i++) {
        int length = keyLengths[i];
        if (keys[i].length < length + 1) {
          keys[i] = Arrays.copyOf(keys[i], length + 8);
        }
        System.arraycopy(keys[i], 0, keys[i], 1, length);
        keys[i][0] = COMMON_WORD;
        keyLengths[i] = length + 1;
      }
    } else if (Character.isUpperCase(first)) {
      addCommonWordCopies(keyCount);
    }
  }

  /** Appends a {@link #COMMON_WORD} copy of the first {@code n} keys, as far as there is room. */
  private void addCommonWordCopies(int n) {
    for (int i = 0; i < n && keyLengths[i] < key.length; i++) {
      key[0] = COMMON_WORD;
      System.arraycopy(keys[i], 0, key, 1, keyLengths[i]);
      addKeyFromBuffer(keyLengths[i] + 1);
    }
  }

  /** Ukrainian and Belarusian г is h (Ігор = Ihor); Russian and Turkic г is g. */
  private boolean readsGeAsHe(int length) {
    boolean i = false;
    boolean yery = false;
    boolean shortU = false;
    boolean turkic = false;
    for (int k = 0; k < length; k++) {
      switch (lower[k]) {
        case 'ї', 'є', 'ґ' -> {
          return true;
        }
        case 'і' -> i = true;
        case 'ы' -> yery = true;
        case 'ў' -> shortU = true;
        case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ' -> turkic = true;
        default -> {}
      }
    }
    if (turkic) {
      return false;
    }
    return (shortU && (i || yery)) || (i && !yery);
  }

  // ---------------------------------------------------------------- Latin

  /**
   * The primary key is read under the convention the word's own letters point to (Polish sz, ł,
   * Czech š, German w: central European; French é, ou: French; Uzbek oʻ gʻ: Uzbek), so that alias
   * entries, matched on primary keys only, fire for those spellings too.
   */
  private void addLatinKeys(int likely) {
    addKey(likely);
    int differing = asciiOnly ? differingProfiles : profilesReadingDifferently();
    differing |= 1 << INTERNATIONAL; // always also the international reading
    if (likely != INTERNATIONAL) {
      differing &= ~SP; // a word marked as German, Polish or French (Tokajew) is not Spanish
    }
    for (int profile = 0; profile < PROFILES; profile++) {
      if (profile != likely && (differing & (1 << profile)) != 0) {
        addKey(profile);
      }
    }
  }

  /**
   * Bit set of the conventions that may read this word differently from the international one:
   * central European (ch, j, sz, sj, zj, cs, ie), French (ch, ou, gu), Uzbek (x).
   */
  private int profilesReadingDifferently() {
    int mask = 0;
    for (int i = 0; i < foldedLength; i++) {
      char c = folded[i];
      char next = i + 1 < foldedLength ? folded[i + 1] : 0;
      if (((c == 'g' || c == 't' || c == 'n') && next == 'y')
          || (c == 'c' && next == 's')
          || (c == 's' && next == 'z')
          || (c == 'z' && next == 's')) {
        mask |= 1 << HUNGARIAN;
      }
      switch (c) {
        case 'c' -> {
          if (next == 'h') {
            mask |= (1 << CENTRAL_EUROPEAN) | (1 << FRENCH);
          } else if (next == 's') {
            mask |= 1 << CENTRAL_EUROPEAN;
          }
        }
        case 'j' -> mask |= (1 << CENTRAL_EUROPEAN) | (1 << SPANISH);
        case 's' -> {
          if (next == 'z' || next == 'j') {
            mask |= 1 << CENTRAL_EUROPEAN;
          }
        }
        case 'z' -> {
          if (next == 'j') {
            mask |= 1 << CENTRAL_EUROPEAN;
          }
        }
        case 'o' -> {
          if (next == 'u') {
            mask |= 1 << FRENCH;
          } else if (next == 'e') {
            mask |= 1 << CENTRAL_EUROPEAN;
          }
        }
        case 'i' -> {
          if (next == 'e') {
            mask |= 1 << CENTRAL_EUROPEAN;
          }
        }
        case 'g' -> {
          if (next == 'u') {
            mask |= 1 << FRENCH;
          }
        }
        case 'x' -> mask |= 1 << UZBEK;
        default -> {}
      }
    }
    return mask;
  }

  private int likelyProfile(int length) {
    for (int i = 0; i < length; i++) {
      char c = lower[i];
      char next = i + 1 < length ? lower[i + 1] : 0;
      switch (c) {
        case 'ł', 'ż', 'ś', 'ń', 'ę', 'ą', 'č', 'š', 'ž', 'ř', 'ě', 'ů', 'w' -> {
          return CENTRAL_EUROPEAN;
        }
        case 'é', 'è', 'ê', 'ë', 'ï' -> {
          return FRENCH;
        }
        case 'ʻ', '‘' -> {
          return UZBEK;
        }
        case 's', 'c' -> {
          if (next == 'z') {
            return CENTRAL_EUROPEAN;
          }
        }
        case 'o' -> {
          if (next == 'u') {
            return FRENCH;
          }
        }
        default -> {}
      }
    }
    return INTERNATIONAL;
  }

  /** Uzbek case suffixes after -ov/-ev/-in surnames: Lavrovning, Saidovni, Karimovga. */
  private int uzbekSuffixStem() {
    int n = foldedLength;
    char last = n > 5 ? folded[n - 1] : 0;
    if (last != 'g' && last != 'i' && last != 'a' && last != 'n' && last != 'r') {
      return 0;
    }
    for (int cut = 4; cut >= 2; cut--) {
      int stem = n - cut;
      if (stem < 4) {
        continue;
      }
      if (!isUzbekSuffix(stem, cut)) {
        continue;
      }
      char a = folded[stem - 2];
      char b = folded[stem - 1];
      if ((a == 'o' || a == 'e') && (b == 'v' || b == 'w') || (a == 'i' && b == 'n')) {
        return stem;
      }
    }
    return 0;
  }

  private static final String[] UZBEK_SUFFIXES = {"ning", "dan", "lar", "ni", "ga", "da"};

  /** Kazakh Latin plural and manner suffixes; ş is folded to X. */
  private static final String[] KAZAKH_SUFFIXES = {
    "sha", "she", "Xa", "Xe", "tar", "ter", "lar", "ler", "dar", "der"
  };

  /**
   * Kazakh Latin words, recognised by their q, lose a plural or manner suffix (Qazaqtar, qazaqsha,
   * qazaqşa), as Cyrillic words do; other Latin words are not stemmed.
   */
  private int kazakhSuffixStem() {
    boolean q = false;
    for (int i = 0; i < foldedLength && !q; i++) {
      q = folded[i] == 'q';
    }
    if (!q) {
      return 0;
    }
    for (String suffix : KAZAKH_SUFFIXES) {
      int stem = foldedLength - suffix.length();
      if (stem >= 4 && foldedMatches(stem, suffix)) {
        return stem;
      }
    }
    return 0;
  }

  private boolean isUzbekSuffix(int from, int length) {
    for (String suffix : UZBEK_SUFFIXES) {
      if (suffix.length() == length && foldedMatches(from, suffix)) {
        return true;
      }
    }
    return false;
  }

  private boolean foldedMatches(int from, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (folded[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- folding

  private void fold(char[] src, int from, int to, boolean geIsHe) {
    foldedLength = 0;
    if (phonemeEnd.length < to) {
      phonemeEnd = new int[to + 8];
    }
    if (folded.length < 2 * to + 2) {
      folded = new char[2 * to + 8]; // a character folds to at most two
    }
    differingProfiles = 0;
    likelyProfile = INTERNATIONAL;
    boolean nonAscii = false;
    char previous = 0;
    for (int i = from; i < to; i++) {
      char c = src[i];
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        folded[foldedLength++] = c;
        phonemeEnd[i] = foldedLength;
        noteLatinPair(previous, c);
        previous = c;
        continue;
      }
      nonAscii = true;
      previous = 0;
      long f;
      if (c < PACKED_FOLD.length) {
        f = geIsHe && c == 'г' ? 'H' | (1L << 32) : PACKED_FOLD[c];
      } else if (c == '’' || c == '‘' || c == '‛' || c == '′') {
        f = APOSTROPHE | (1L << 32);
      } else {
        f = UNKNOWN;
      }
      if (f == UNKNOWN) {
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
          appendFoldedChar(c);
        }
      } else {
        int n = (int) (f >>> 32);
        if (n > 0) {
          appendFoldedChar((char) f);
          if (n > 1) {
            appendFoldedChar((char) (f >>> 16));
          }
        }
      }
      phonemeEnd[i] = foldedLength;
    }
    asciiOnly = !nonAscii;
    if (asciiOnly && likelyProfile == INTERNATIONAL) {
      likelyProfile = -1; // known: no marker of another convention
    }
  }

  private static final int CE = 1 << CENTRAL_EUROPEAN;
  private static final int FR = 1 << FRENCH;
  private static final int SP = 1 << SPANISH;
  private static final int HU = 1 << HUNGARIAN;

  /**
   * Notes, from two adjacent plain letters, which conventions read the word differently from the
   * international one (central European: ch, j, sz, sj, zj, cs, ie; French: ch, ou, gu; Uzbek: x)
   * and which convention its letters point to (sz, cz, rz, w: central European; ou: French).
   */
  private void noteLatinPair(char previous, char c) {
    switch (c) {
      case 'j' -> differingProfiles |= CE | SP;
      case 'x' -> differingProfiles |= 1 << UZBEK;
      case 'y' -> {
        if (previous == 'g' || previous == 't' || previous == 'n') {
          differingProfiles |= HU;
        }
      }
      case 'w' -> likely(CENTRAL_EUROPEAN);
      case 'h' -> {
        if (previous == 'c') {
          differingProfiles |= CE | FR;
        }
      }
      case 's' -> {
        if (previous == 'c') {
          differingProfiles |= CE | HU;
        } else if (previous == 'z') {
          differingProfiles |= HU;
        }
      }
      case 'z' -> {
        if (previous == 's') {
          differingProfiles |= CE | HU;
        }
        if (previous == 's' || previous == 'c') {
          likely(CENTRAL_EUROPEAN);
        }
      }
      case 'e' -> {
        if (previous == 'i' || previous == 'o') {
          differingProfiles |= CE;
        }
      }
      case 'u' -> {
        if (previous == 'o') {
          differingProfiles |= FR;
          likely(FRENCH);
        } else if (previous == 'g') {
          differingProfiles |= FR;
        }
      }
      default -> {}
    }
  }

  private void likely(int profile) {
    if (likelyProfile == INTERNATIONAL) {
      likelyProfile = profile;
    }
  }

  private void appendFoldedChar(char c) {
    if (foldedLength == folded.length) {
      folded = java.util.Arrays.copyOf(folded, folded.length * 2);
    }
    folded[foldedLength++] = c;
  }

  // ---------------------------------------------------------------- reading

  private void read(int profile) {
    phonemeLength = 0;
    if (phonemes.length < foldedLength * 2 + 4) {
      phonemes = new char[foldedLength * 2 + 4];
    }
    char[] f = folded;
    int n = foldedLength;
    for (int i = 0; i < n; i++) {
      char c = f[i];
      char next = i + 1 < n ? f[i + 1] : 0;
      char next2 = i + 2 < n ? f[i + 2] : 0;
      char next3 = i + 3 < n ? f[i + 3] : 0;
      if (c >= 'A' && c <= 'Z') {
        emit((char) (c + 32));
        continue;
      }
      if (profile == HUNGARIAN) {
        int consumed = readHungarian(c, next);
        if (consumed >= 0) {
          i += consumed;
          continue;
        }
      }
      switch (c) {
        case APOSTROPHE -> {
          // dropped; Uzbek o' is handled at the o
        }
        case 'o' -> {
          if (next == APOSTROPHE && i + 2 < n) {
            emit('u');
            i++;
          } else if (profile == FRENCH && next == 'u') {
            emit('u');
            i++;
          } else if (profile == CENTRAL_EUROPEAN && next == 'e') {
            emit('u'); // Dutch oe: Doesjanbe
            i++;
          } else {
            emit('o');
          }
        }
        case 'c' -> {
          if (next == 'h') {
            emit(
                switch (profile) {
                  case CENTRAL_EUROPEAN -> 'h';
                  case FRENCH -> 'x';
                  default -> 'c';
                });
            i++;
          } else if (next == 'z' || next == 's' && profile == CENTRAL_EUROPEAN) {
            emit('c'); // Polish cz, Hungarian cs
            i++;
          } else if (next == 'k' || next == 'q') {
            emit('k');
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            emit('t'); // Polish, Czech, ISO 9 c is ц; English soft c is close enough
            emit('s');
          } else {
            emit('k');
          }
        }
        case 's' -> {
          if (next == 'c' && next2 == 'h') {
            // German sch is ш (Schymkent) or ж (Schomart): the central European reading takes ж
            emit(profile == CENTRAL_EUROPEAN ? 'j' : 'x');
            i += 2;
          } else if (next == 'h') {
            emit('x');
            i++;
          } else if (next == 'z') {
            emit(profile == CENTRAL_EUROPEAN ? 'x' : 's'); // Polish sz, Hungarian sz
            i++;
          } else if (next == 'j' && profile == CENTRAL_EUROPEAN) {
            emit('x'); // Dutch sj
            i++;
          } else {
            emit('s');
          }
        }
        case 't' -> {
          if (next == 's' && next2 == 'c' && next3 == 'h') {
            emit('c'); // German tsch
            i += 3;
          } else if (next == 'c' && next2 == 'h') {
            emit('c'); // tch
            i += 2;
          } else if (next == 'h') {
            emit('t');
            i++;
          } else {
            emit('t');
          }
        }
        case 'd' -> {
          if (next == 's' && next2 == 'c' && next3 == 'h') {
            emit('j'); // German dsch
            i += 3;
          } else {
            emit('d'); // dzh, dj, dž: the d is dropped before j when normalizing
          }
        }
        case 'z' -> {
          if (next == 'h' || next == 's') {
            emit('j'); // zh, Hungarian zs
            i++;
          } else if (next == 'j' && profile == CENTRAL_EUROPEAN) {
            emit('j'); // Dutch zj
            i++;
          } else {
            emit('s');
          }
        }
        case 'k' -> {
          if (next == 'h') {
            emit('h');
            i++;
          } else {
            emit('k');
          }
        }
        case 'g' -> {
          emit('g');
          if (profile == FRENCH && next == 'u' && (next2 == 'e' || next2 == 'i')) {
            i++; // French gu before e, i: Sergueï
          } else if (next == 'h') {
            i++;
          } else if (next == APOSTROPHE) {
            i++;
          }
        }
        case 'p' -> {
          if (next == 'h') {
            emit('f');
            i++;
          } else {
            emit('p');
          }
        }
        case 'q' -> emit('q'); // Kazakh/Uzbek қ, kept apart in the primary key (see looseKeys)
        case 'w' -> emit('v');
        case 'j' ->
            emit(
                switch (profile) {
                  case CENTRAL_EUROPEAN -> 'y';
                  case SPANISH -> 'h'; // Asjabad, Jiva
                  default -> 'j';
                });
        case 'x' -> {
          if (profile == UZBEK) {
            emit('h');
          } else {
            emit('k');
            emit('s');
          }
        }
        case 'i' -> {
          // Polish soft i before e after a consonant: Kamienogorsk, Taszkient
          if (profile == CENTRAL_EUROPEAN
              && next == 'e'
              && phonemeLength > 0
              && !isVowel(phonemes[phonemeLength - 1])) {
            continue;
          }
          emit('i');
        }
        default -> emit(c);
      }
    }
  }

  /**
   * Hungarian letters that differ from the other conventions (Vlagyimir Putyin, Asztana, Dzsaparov,
   * Csimkent, Kosserbajev): gy ty ny are palatal д т н, cs ч, s ш, sz с, zs ж, j й. Returns the
   * number of further letters consumed, or -1 when {@code c} reads as elsewhere.
   */
  private int readHungarian(char c, char next) {
    switch (c) {
      case 'g', 't', 'n' -> {
        if (next == 'y') {
          emit(c == 'g' ? 'd' : c);
          return 1;
        }
        return -1;
      }
      case 'c' -> {
        if (next == 's') {
          emit('c');
          return 1;
        }
        return -1;
      }
      case 's' -> {
        if (next == 'z') {
          emit('s');
          return 1;
        }
        emit('x');
        return 0;
      }
      case 'z' -> {
        if (next == 's') {
          emit('j');
          return 1;
        }
        emit('s');
        return 0;
      }
      case 'j' -> {
        emit('y');
        return 0;
      }
      default -> {
        return -1;
      }
    }
  }

  private void emit(char c) {
    phonemes[phonemeLength++] = c;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  // ---------------------------------------------------------------- normalizing

  /** Reads the folded word under {@code profile}, normalizes it and adds it if new. */
  private void addKey(int profile) {
    read(profile);
    addNormalized(phonemeLength);
  }

  private static final int LOOSE_SH = 1; // ш -> s
  private static final int LOOSE_Q = 2; // қ -> k
  private static final int LOOSE_O = 4; // o -> a, with LOOSE_Q only
  private static final int LOOSE_F = 8; // f -> p

  /** The loose change each key letter may take part in. */
  private static final byte[] LOOSE_LETTERS = new byte[128];

  static {
    LOOSE_LETTERS['x'] = LOOSE_SH;
    LOOSE_LETTERS['q'] = LOOSE_Q;
    LOOSE_LETTERS['o'] = LOOSE_O;
    LOOSE_LETTERS['f'] = LOOSE_F;
  }

  /**
   * Adds looser forms of every reading, after the readings and before any base form, so that alias
   * lists (matched on readings only) never see them:
   *
   * <ul>
   *   <li>ш as a plain s: Spanish, Hungarian and Italian exonyms (Taskent, Dusambé, Koserbajev);
   *   <li>қ as k: Russian and English write Kazakh and Uzbek қ as к/k (Тоқаев, Токаев, Toqaev),
   *       while the reading keeps q, so that Қазақ and its Russian exonym Казах can be aliased
   *       without joining Казак (Cossack);
   *   <li>in words with қ, also o as a: Uzbek writes Russian а as o (Oqtov = Aktau); words with қ
   *       are Turkic, so Rahmon stays apart from Rahman.
   * </ul>
   */
  private void addLooseKeys() {
    for (int k = 0; k < readingCount; k++) {
      int letters = 0;
      for (int i = 0; i < keyLengths[k]; i++) {
        char c = keys[k][i];
        letters |= c < LOOSE_LETTERS.length ? LOOSE_LETTERS[c] : 0;
      }
      if ((letters & LOOSE_F) != 0) {
        addLoose(k, LOOSE_F);
      }
      if ((letters & LOOSE_SH) != 0) {
        addLoose(k, LOOSE_SH);
      }
      if ((letters & LOOSE_Q) != 0) {
        addLoose(k, LOOSE_Q | (letters & LOOSE_SH));
        if ((letters & LOOSE_O) != 0) {
          addLoose(k, LOOSE_Q | LOOSE_O);
        }
      }
    }
  }

  /**
   * Endings that conventions write differently, added as loose keys of every reading:
   *
   * <ul>
   *   <li>the Turkic "son of" suffix: Uzbek -oʻgʻli (read ugli), Azerbaijani and Russian -ogly,
   *       -оглы (ogli) are Turkish -oğlu (oglu): Chavushoʻgʻli = Чавушоглу = Çavuşoğlu;
   *   <li>in Latin words, French -ine after a consonant for Russian -in: Poutine = Putin,
   *       Michoustine = Mishustin, Volodine = Volodin;
   *   <li>a patronymic, Russian -ovich/-evich or Kazakh and Kyrgyz -uly/-ұлы/-uulu, also gets the
   *       father's name marked with {@value #PATRONYMIC} (Kemelevich = Kemeluly), so that it never
   *       matches the father's own name (Kemel).
   * </ul>
   */
  private void addEndingKeys(boolean latin) {
    addPatronymicKey();
    for (int k = 0; k < readingCount && keyCount < MAX_KEYS; k++) {
      char[] reading = keys[k];
      int n = keyLengths[k];
      if (n >= 7
          && reading[n - 3] == 'g'
          && reading[n - 2] == 'l'
          && reading[n - 1] == 'i'
          && (reading[n - 4] == 'u' || reading[n - 4] == 'o')) {
        System.arraycopy(reading, 0, key, 0, n);
        key[n - 4] = 'o';
        key[n - 1] = 'u';
        addKeyFromBuffer(n);
      } else if (latin
          && n >= 6
          && reading[n - 3] == 'i'
          && reading[n - 2] == 'n'
          && reading[n - 1] == 'e'
          && !isVowel(reading[n - 4])) {
        System.arraycopy(reading, 0, key, 0, n - 1);
        addKeyFromBuffer(n - 1);
      }
    }
  }

  /** Marks the father's name in the key of a patronymic (see {@link #addEndingKeys}). */
  public static final char PATRONYMIC = '^';

  private void addPatronymicKey() {
    if (keyCount == 0 || keyCount == MAX_KEYS) {
      return;
    }
    char[] primary = keys[0];
    int n = keyLengths[0];
    int suffix = 0;
    if (n >= 7 && endsWith(primary, n, "vic") && (primary[n - 4] == 'o' || primary[n - 4] == 'e')) {
      suffix = 4;
    } else if (n >= 6 && (endsWith(primary, n, "uli") || endsWith(primary, n, "ulu"))) {
      suffix = 3;
    }
    if (suffix == 0 || isVowel(primary[n - suffix - 1])) {
      return;
    }
    System.arraycopy(primary, 0, key, 0, n - suffix);
    key[n - suffix] = PATRONYMIC;
    addKeyFromBuffer(n - suffix + 1);
  }

  private static boolean endsWith(char[] key, int length, String ending) {
    int from = length - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (key[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Russian print mostly writes ё as е (Бахтиёр, Бахтиер; Bakhtiyor, Bakhtiyer): a word with ё also
   * gets the key of its е spelling. Returns whether it did, which leaves the fold and reading
   * buffers on the е spelling.
   */
  private boolean addCyrillicYeKey(int length, boolean hSound) {
    int first = -1;
    for (int i = 0; i < length && first < 0; i++) {
      if (lower[i] == 'ё') {
        first = i;
      }
    }
    if (first < 0) {
      return false;
    }
    if (written.length < length) {
      written = new char[length + 8];
    }
    System.arraycopy(lower, 0, written, 0, length);
    for (int i = first; i < length; i++) {
      if (lower[i] == 'ё') {
        lower[i] = 'е';
      }
    }
    fold(lower, 0, length, hSound);
    read(INTERNATIONAL);
    addNormalized(phonemeLength);
    System.arraycopy(written, 0, lower, 0, length);
    return true;
  }

  private char[] written = new char[32];

  /** The Latin counterpart of {@link #addCyrillicYeKey}: yo also read as ye (Bakhtiyor). */
  private void addLatinYeKey() {
    int first = -1;
    for (int i = 1; i < foldedLength && first < 0; i++) {
      if (folded[i] == 'o' && folded[i - 1] == 'y') {
        first = i;
      }
    }
    if (first < 0) {
      return;
    }
    if (written.length < foldedLength) {
      written = new char[foldedLength + 8];
    }
    System.arraycopy(folded, 0, written, 0, foldedLength);
    for (int i = first; i < foldedLength; i++) {
      if (folded[i] == 'o' && folded[i - 1] == 'y') {
        folded[i] = 'e';
      }
    }
    addKey(INTERNATIONAL);
    System.arraycopy(written, 0, folded, 0, foldedLength); // the suffix stems read the word
  }

  private void addLoose(int k, int changes) {
    char[] reading = keys[k];
    int length = keyLengths[k];
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = reading[i];
      if (c == 'x' && (changes & LOOSE_SH) != 0) {
        c = 's';
      } else if (c == 'q' && (changes & LOOSE_Q) != 0) {
        c = 'k';
      } else if (c == 'o' && (changes & LOOSE_O) != 0) {
        c = 'a';
      } else if (c == 'f' && (changes & LOOSE_F) != 0) {
        c = 'p';
      }
      if (out > 0 && c == key[out - 1]) {
        continue; // a new double letter
      }
      key[out++] = c;
    }
    addKeyFromBuffer(out);
  }

  /** Normalizes {@code phonemes[0..n)} and adds the result if it is new. */
  private void addNormalized(int n) {
    if (keyCount == MAX_KEYS) {
      return;
    }
    int length = normalize(n);
    if (length == 0) {
      return;
    }
    addKeyFromBuffer(length);
  }

  /** Adds {@code key[0..length)} if it is new and there is room. */
  private void addKeyFromBuffer(int length) {
    if (keyCount == MAX_KEYS) {
      return;
    }
    for (int k = 0; k < keyCount; k++) {
      if (keyLengths[k] == length && equals(keys[k], key, length)) {
        return;
      }
    }
    if (keys[keyCount].length < length) {
      keys[keyCount] = new char[length + 8];
    }
    System.arraycopy(key, 0, keys[keyCount], 0, length);
    keyLengths[keyCount] = length;
    keyCount++;
  }

  /** Compares from the end: the keys of one word mostly share their beginning. */
  private static boolean equals(char[] a, char[] b, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  private int normalize(int n) {
    char[] p = phonemes;
    if (key.length < n) {
      key = new char[n + 8];
    }
    int out = 0;
    for (int i = 0; i < n; i++) {
      char c = p[i];
      boolean prevVowel = i > 0 && isVowel(p[i - 1]);
      boolean nextVowel = i + 1 < n && isVowel(p[i + 1]);
      if (c == 'y') {
        if (nextVowel && p[i + 1] != 'i') {
          continue; // glide before a vowel: Yermek = Ermek, Tokayev = Tokaev, Kulyab = Kulab
        }
        if (nextVowel) {
          key[out++] = 'y'; // kept before i, or Majilis (Ma-ji-lis) would read as Majlis
          continue;
        }
        c = 'i'; // glide after a vowel or vowel y: Baykonur = Baikonur, Almaty = Almati
      } else if (c == 'i' && prevVowel && nextVowel) {
        if (p[i + 1] == 'i') {
          key[out++] = 'y'; // a glide before i is kept as y (see above): Ūıymy = Ұйымы
        }
        continue; // Tokaïev
      } else if (c == 'u' && out > 0 && isOpenVowel(key[out - 1])) {
        c = 'v'; // Aktau = Aktav, Kokshetau = Kokchetav
      }
      if (out > 0) {
        char last = key[out - 1];
        if (last == c) {
          continue; // doubled letters
        }
        if (last == 'n' && c == 'b') {
          key[out - 1] = 'm'; // nb is said and often written mb: Dushanbe, Dusambé, Dyushambe
        }
        if ((last == 'd' && c == 'j') || (last == 't' && c == 'c')) {
          key[out - 1] = c; // dzh = zh, tch = ch
          continue;
        }
      }
      key[out++] = c;
    }
    return out;
  }

  private static boolean isOpenVowel(char c) {
    return c == 'a' || c == 'e' || c == 'o';
  }
}
