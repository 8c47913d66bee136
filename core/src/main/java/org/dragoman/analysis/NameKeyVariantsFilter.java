package org.dragoman.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Stacks the variant keys that a {@link NameKeyFilter} in {@link NameKeyFilter.Variants#DEFERRED}
 * mode left in {@link NameKeyVariantsAttribute}: each follows its primary key at the same position
 * and with the same offsets and position length.
 *
 * <p>Expects a stream from a deferred {@link NameKeyFilter}, possibly through a {@code
 * SynonymGraphFilter} (whose inserted tokens carry no variants).
 */
public final class NameKeyVariantsFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final NameKeyVariantsAttribute variantsAtt = addAttribute(NameKeyVariantsAttribute.class);

  private final NameKeyVariantsAttributeImpl pending = new NameKeyVariantsAttributeImpl();
  private char[] scratch = new char[32];
  private int next;
  private int startOffset;
  private int endOffset;
  private int positionLength;

  public NameKeyVariantsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pending.count()) {
      clearAttributes();
      scratch = pending.copy(next, scratch);
      termAtt.copyBuffer(scratch, 0, pending.length(next));
      offsetAtt.setOffset(startOffset, endOffset);
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(positionLength);
      typeAtt.setType(NameKeyFilter.VARIANT_TYPE);
      next++;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending.removeAll();
    next = 0;
    // An acronym's letter key serves the alias list only: no index holds it. Where it is still
    // the term (an alias word that no entry of its own matched: IPA of "IPA CIS" alone), the
    // word's own primary key, which NameAliasKeyFilter kept as a variant, takes its place.
    boolean termIsLetters = NameKeyFilter.isAcronymKey(termAtt.buffer(), termAtt.length());
    for (int i = 0; i < variantsAtt.count(); i++) {
      scratch = variantsAtt.copy(i, scratch);
      int length = variantsAtt.length(i);
      if (NameKeyFilter.isAcronymKey(scratch, length)) {
        continue;
      }
      if (termIsLetters) {
        termAtt.copyBuffer(scratch, 0, length);
        termIsLetters = false;
      } else {
        pending.add(scratch, length);
      }
    }
    variantsAtt.removeAll();
    startOffset = offsetAtt.startOffset();
    endOffset = offsetAtt.endOffset();
    positionLength = posLenAtt.getPositionLength();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.removeAll();
    next = 0;
  }
}
