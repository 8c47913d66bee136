package org.dragoman.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
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
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;

/**
 * Reads alias files (Solr's synonym format) into the synonym map of {@link NameAliases} and the
 * canonical keys its {@link NameAliasKeyFilter} matches words through. Every name becomes its
 * primary transliteration keys; an acronym (all capitals: CSI, EU) its letters ({@link
 * NameKeyFilter#acronymKey}), which it does not share with names and other acronyms of the same
 * sounds (Xi; EEU).
 *
 * <pre>{@code
 * AliasListParser parser = new AliasListParser();
 * parser.add(reader, "my-aliases.txt");
 * NameAliases aliases = parser.build();
 * }</pre>
 */
final class AliasListParser {

  /** Variant keys shorter than this do not lead to an alias word. */
  private static final int MIN_VARIANT_KEY_LENGTH = 4;

  /** Loose keys (ш as s, қ as k) shorter than this do not lead to an alias word. */
  private static final int MIN_LOOSE_KEY_LENGTH = 6;

  /** The flag of a word written as an acronym, set before its keys replace it. */
  private static final int ACRONYM_FLAG = 1;

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
      return NameAliases.none();
    }
    SynonymMap map = parser.build();
    keyAnalyzer.close();
    if (map.fst == null) {
      return NameAliases.none();
    }
    return new NameAliases(map, canonicalKeys(texts));
  }

  /** The length of a key without its {@link NameKeyer#COMMON_WORD} mark. */
  private static int letters(String key) {
    return key.startsWith(String.valueOf(NameKeyer.COMMON_WORD)) ? key.length() - 1 : key.length();
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
          char[] chars = word.toCharArray();
          if (NameKeyFilter.isAcronym(chars, chars.length)) {
            wordKeys.add(List.of(new String(NameKeyFilter.acronymKey(chars, chars.length))));
            continue;
          }
          keyer.analyze(chars, chars.length);
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
        // short keys (acronyms, particles) meet too many other words' readings: Och, OCS; so do
        // readings that lose a letter of the word (Ganja's silent j, gana, is Ghana; Géorgie's
        // silent i, george, is George), which another spelling in the list has anyway
        if (letters(key) >= MIN_VARIANT_KEY_LENGTH
            && key.length() >= keys.get(0).length()
            && !canonical.containsKey(key)) {
          canonical.put(key, keys.get(0).toCharArray());
        }
      }
    }
    return canonical;
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
      int last = variantsAtt.count() - 1; // NameKeyFilter puts the letter key last
      if ((flagsAtt.getFlags() & ACRONYM_FLAG) != 0
          && last >= 0
          && variantsAtt.firstChar(last) == NameKeyFilter.ACRONYM_MARK) {
        scratch = variantsAtt.copy(last, scratch);
        termAtt.copyBuffer(scratch, 0, variantsAtt.length(last));
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
