package org.dragoman.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;

/**
 * Renames, former names, acronyms and translations of names, which no spelling rule can join
 * (Astana / Nur-Sultan / Akmola / Tselinograd, CSTO / ОДКБ / OTSC), as a synonym map over
 * transliteration keys.
 *
 * <p>Alias files use the Solr synonym format, UTF-8: one group of equivalent names per line,
 * separated by commas; {@code #} starts a comment. Every name is reduced to its primary keys with
 * {@link NameKeyer}, so one spelling per script is enough (Целиноград also covers Celinograd and
 * Tselinograd). The built-in list is the resource {@value #BUILT_IN_RESOURCE}; user files add to
 * it.
 *
 * <pre>{@code
 * NameAliases aliases = NameAliases.builtInPlus(List.of(Path.of("my-aliases.txt")));
 * Analyzer query = NameAnalyzer.forQueries(aliases);
 * }</pre>
 */
public final class NameAliases {

  /** Class-path location of the built-in alias list. */
  public static final String BUILT_IN_RESOURCE = "org/dragoman/analysis/aliases.txt";

  private static final NameAliases NONE = new NameAliases(null, null);
  private static volatile NameAliases builtIn;

  private final SynonymMap map;
  private final CharArrayMap<char[]> canonicalKeys;

  private NameAliases(SynonymMap map, CharArrayMap<char[]> canonicalKeys) {
    this.map = map;
    this.canonicalKeys = canonicalKeys;
  }

  /** No aliases at all. */
  public static NameAliases none() {
    return NONE;
  }

  /** The built-in list (loaded once). */
  public static NameAliases builtIn() {
    NameAliases result = builtIn;
    if (result == null) {
      synchronized (NameAliases.class) {
        result = builtIn;
        if (result == null) {
          result = builtInPlus(List.of());
          builtIn = result;
        }
      }
    }
    return result;
  }

  /** The built-in list plus the given user files. */
  public static NameAliases builtInPlus(List<Path> userFiles) {
    try {
      Parser parser = new Parser();
      try (Reader reader = openBuiltIn()) {
        parser.add(reader, BUILT_IN_RESOURCE);
      }
      for (Path file : userFiles) {
        try (Reader reader = utf8(Files.newInputStream(file))) {
          parser.add(reader, file.toString());
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alias list: " + e.getMessage(), e);
    }
  }

  /** Aliases from the given sources only, each named for error messages. */
  public static NameAliases parse(List<Reader> sources, List<String> names) throws IOException {
    Parser parser = new Parser();
    for (int i = 0; i < sources.size(); i++) {
      parser.add(sources.get(i), names.get(i));
    }
    return parser.build();
  }

  /** The synonym map, or null when there are no aliases. */
  public SynonymMap synonymMap() {
    return map;
  }

  public boolean isEmpty() {
    return map == null;
  }

  /**
   * The alias stage of a query chain over a deferred {@link NameKeyFilter} stream: a {@link
   * NameAliasKeyFilter}, so that entries match through any key of a word, then the {@link
   * SynonymGraphFilter}. Returns {@code input} when there are no aliases.
   */
  public TokenStream filter(TokenStream input) {
    if (isEmpty()) {
      return input;
    }
    return new SynonymGraphFilter(new NameAliasKeyFilter(input, canonicalKeys), map, false);
  }

  static Reader openBuiltIn() throws IOException {
    InputStream in = NameAliases.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE);
    if (in == null) {
      throw new IOException(
          "built-in alias list " + BUILT_IN_RESOURCE + " is not on the class path");
    }
    return utf8(in);
  }

  static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Collects alias files into one synonym map. */
  static final class Parser {
    private final Analyzer keyAnalyzer = new PrimaryKeyAnalyzer();
    private final SolrSynonymParser parser = new LettersInSoundsOut(keyAnalyzer);
    private final List<String> texts = new ArrayList<>();
    private boolean any;

    void add(Reader reader, String name) throws IOException {
      try {
        String text = readAll(reader);
        parser.parse(new StringReader(text));
        texts.add(text);
        any = true;
      } catch (CharacterCodingException e) {
        throw new IOException("alias list " + name + " is not UTF-8", e);
      } catch (ParseException e) {
        throw new IllegalArgumentException(
            "alias list " + name + " has a bad line " + e.getErrorOffset() + ": " + e.getMessage(),
            e);
      }
    }

    NameAliases build() throws IOException {
      if (!any) {
        return NONE;
      }
      SynonymMap map = parser.build();
      keyAnalyzer.close();
      if (map.fst == null) {
        return NONE;
      }
      return new NameAliases(map, canonicalKeys(texts));
    }

    /** Variant keys shorter than this do not lead to an alias word. */
    private static final int MIN_VARIANT_KEY_LENGTH = 4;

    /** Loose keys (ш as s, қ as k) shorter than this do not lead to an alias word. */
    private static final int MIN_LOOSE_KEY_LENGTH = 6;

    /** The length of a key without its {@link NameKeyer#COMMON_WORD} mark. */
    private static int letters(String key) {
      return key.startsWith(String.valueOf(NameKeyer.COMMON_WORD))
          ? key.length() - 1
          : key.length();
    }

    private static String readAll(Reader reader) throws IOException {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    }

    /**
     * Every key of every word of the alias lists, mapped to the word's primary key; a word's own
     * primary key wins over another word's variant key.
     */
    private static CharArrayMap<char[]> canonicalKeys(List<String> texts) {
      CharArrayMap<char[]> canonical = new CharArrayMap<>(4096, false);
      List<List<String>> wordKeys = new ArrayList<>();
      NameKeyer keyer = new NameKeyer();
      for (String text : texts) {
        for (String line : text.split("\\R")) {
          if (line.isBlank() || line.strip().startsWith("#")) {
            continue;
          }
          for (String word : line.split("[^\\p{L}\\p{M}\\p{N}'`´ʹʻʼ’‘]+")) {
            if (word.isEmpty()) {
              continue;
            }
            char[] letters = word.toCharArray();
            if (NameKeyFilter.isAcronym(letters, letters.length)) {
              wordKeys.add(List.of(new String(NameKeyFilter.acronymKey(letters, letters.length))));
              continue;
            }
            keyer.analyze(letters, letters.length);
            // base forms (stems) are left out: Казах and Касым share the stem kas; loose forms
            // (қ as k) only when long: Қазақ must not lead Казак (Cossack) to Казах
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < keyer.wholeWordKeyCount(); i++) {
              if (i < keyer.readingKeyCount() || letters(keyer.key(i)) >= MIN_LOOSE_KEY_LENGTH) {
                keys.add(keyer.key(i));
              }
            }
            if (!keys.isEmpty()) {
              wordKeys.add(keys);
            }
          }
        }
      }
      for (List<String> keys : wordKeys) {
        canonical.put(keys.get(0), keys.get(0).toCharArray());
      }
      for (List<String> keys : wordKeys) {
        for (String key : keys.subList(1, keys.size())) {
          // short keys (acronyms, particles) meet too many other words' readings: Och, OCS
          if (letters(key) >= MIN_VARIANT_KEY_LENGTH && !canonical.containsKey(key)) {
            canonical.put(key, keys.get(0).toCharArray());
          }
        }
      }
      return canonical;
    }
  }

  /**
   * Words to primary keys, one token per position and no holes (the synonym parser rejects them;
   * initials have no key): what alias entries are matched on. An acronym (all capitals: CSI, EU) is
   * keyed by its letters ({@link NameKeyFilter#acronymKey}), not its sounds, which it shares with
   * names and other acronyms (Xi; EEU).
   */
  static final class PrimaryKeyAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new NameTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, false);
      TokenStream keys =
          new NameKeyFilter(new MarkingAcronyms(tokenizer), NameKeyFilter.Variants.DEFERRED);
      return new TokenStreamComponents(tokenizer, new EntryKeys(keys));
    }
  }

  /** The flag of a word written as an acronym, set before its keys replace it. */
  private static final int ACRONYM_FLAG = 1;

  private static final class MarkingAcronyms extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    MarkingAcronyms(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (NameKeyFilter.isAcronym(termAtt.buffer(), termAtt.length())) {
        flagsAtt.setFlags(flagsAtt.getFlags() | ACRONYM_FLAG);
      }
      return true;
    }
  }

  /** Closes the holes, and puts an acronym's letter key (a deferred variant) in its term. */
  private static final class EntryKeys extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
        addAttribute(PositionIncrementAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
    private final NameKeyVariantsAttribute variantsAtt =
        addAttribute(NameKeyVariantsAttribute.class);
    private char[] scratch = new char[32];

    EntryKeys(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      posIncAtt.setPositionIncrement(1);
      if ((flagsAtt.getFlags() & ACRONYM_FLAG) != 0) {
        for (int i = 0; i < variantsAtt.count(); i++) {
          scratch = variantsAtt.copy(i, scratch);
          if (NameKeyFilter.isAcronymKey(scratch, variantsAtt.length(i))) {
            termAtt.copyBuffer(scratch, 0, variantsAtt.length(i));
          }
        }
      }
      return true;
    }
  }

  /**
   * Solr's synonym format, with the list's acronyms matched by their letters but put into queries
   * by their sounds: the index holds the keys of sounds of every word, acronyms included.
   */
  private static final class LettersInSoundsOut extends SolrSynonymParser {
    private final NameKeyer keyer = new NameKeyer(true);

    LettersInSoundsOut(Analyzer analyzer) {
      super(true, true, analyzer);
    }

    @Override
    public void add(CharsRef input, CharsRef output, boolean includeOrig) {
      // A kept input word that is a letter key goes out as its own sounds (NameKeyVariantsFilter).
      super.add(input, sounds(output), includeOrig);
    }

    private static boolean hasLetterKey(CharsRef words) {
      for (int i = words.offset; i < words.offset + words.length; i++) {
        boolean wordStart = i == words.offset || words.chars[i - 1] == SynonymMap.WORD_SEPARATOR;
        if (wordStart && words.chars[i] == NameKeyFilter.ACRONYM_MARK) {
          return true;
        }
      }
      return false;
    }

    /** {@code words} with each letter key replaced by the primary key of the acronym's sounds. */
    private CharsRef sounds(CharsRef words) {
      if (!hasLetterKey(words)) {
        return words;
      }
      StringBuilder result = new StringBuilder();
      for (String word : words.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR))) {
        if (result.length() > 0) {
          result.append(SynonymMap.WORD_SEPARATOR);
        }
        if (!word.isEmpty() && word.charAt(0) == NameKeyFilter.ACRONYM_MARK) {
          char[] acronym = word.substring(1).toUpperCase(Locale.ROOT).toCharArray();
          keyer.analyze(acronym, acronym.length);
          result.append(keyer.key(0));
        } else {
          result.append(word);
        }
      }
      return new CharsRef(result.toString());
    }
  }
}
