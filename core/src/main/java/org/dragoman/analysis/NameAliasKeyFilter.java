package org.dragoman.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lets alias entries match a word through any of its keys, not only its primary one: when one of
 * the word's keys (primary or variant) is a key of a word of the alias list, that alias word's
 * primary key becomes the token's term and the word's own primary key joins its variants. A {@code
 * SynonymGraphFilter}, which matches terms only, then fires for every spelling whose keys meet the
 * alias list (the French Tachkent reads ch as ш only in a variant key, yet finds Toshkent). The
 * list's acronyms are keyed by their letters ({@link NameKeyFilter#acronymKey}), which a word
 * written as an acronym carries as a variant: EU finds European Union, not the EEU.
 *
 * <p>Expects a deferred {@link NameKeyFilter} stream; put it right before the synonym filter (see
 * {@link NameAliases#filter(TokenStream)}).
 */
public final class NameAliasKeyFilter extends TokenFilter {

  private final CharArrayMap<char[]> canonical;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final NameKeyVariantsAttribute variantsAtt = addAttribute(NameKeyVariantsAttribute.class);
  private char[] scratch = new char[32];
  private final NameKeyVariantsAttributeImpl kept = new NameKeyVariantsAttributeImpl();

  /**
   * @param canonical every key of every alias word, mapped to that word's primary key
   */
  public NameAliasKeyFilter(TokenStream input, CharArrayMap<char[]> canonical) {
    super(input);
    this.canonical = canonical;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    // A word written as an acronym meets the list's acronyms by its letters first (CSI, not
    // the sounds it shares with Xi); the list holds no sounds of acronyms. NameKeyFilter puts
    // the letter key last.
    char[] target = null;
    int last = variantsAtt.count() - 1;
    if (last >= 0 && variantsAtt.firstChar(last) == NameKeyFilter.ACRONYM_MARK) {
      scratch = variantsAtt.copy(last, scratch);
      target = canonical.get(scratch, 0, variantsAtt.length(last));
    }
    if (target == null) {
      target = canonical.get(termAtt.buffer(), 0, termAtt.length());
    }
    for (int i = 0; target == null && i < variantsAtt.count(); i++) {
      scratch = variantsAtt.copy(i, scratch);
      target = canonical.get(scratch, 0, variantsAtt.length(i));
    }
    if (target == null || equalsTerm(target)) {
      return true;
    }
    // the alias word's key becomes the term; the word's own primary key stays as a variant
    kept.removeAll();
    kept.add(termAtt.buffer(), 0, termAtt.length());
    for (int i = 0; i < variantsAtt.count(); i++) {
      scratch = variantsAtt.copy(i, scratch);
      int length = variantsAtt.length(i);
      if (length != target.length
          || !java.util.Arrays.equals(scratch, 0, length, target, 0, length)) {
        kept.add(scratch, 0, length);
      }
    }
    variantsAtt.removeAll();
    for (int i = 0; i < kept.count(); i++) {
      scratch = kept.copy(i, scratch);
      variantsAtt.add(scratch, 0, kept.length(i));
    }
    termAtt.copyBuffer(target, 0, target.length);
    return true;
  }

  private boolean equalsTerm(char[] key) {
    return key.length == termAtt.length()
        && java.util.Arrays.equals(key, 0, key.length, termAtt.buffer(), 0, key.length);
  }
}
