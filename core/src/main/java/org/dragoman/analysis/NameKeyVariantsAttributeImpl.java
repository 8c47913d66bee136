package org.dragoman.analysis;

import java.util.Arrays;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link NameKeyVariantsAttribute}: one char buffer plus end marks. */
public final class NameKeyVariantsAttributeImpl extends AttributeImpl
    implements NameKeyVariantsAttribute {

  private char[] chars = new char[32];
  private int[] ends = new int[NameKeyer.MAX_KEYS];
  private int count;

  @Override
  public int count() {
    return count;
  }

  @Override
  public void add(char[] buffer, int offset, int length) {
    int from = count == 0 ? 0 : ends[count - 1];
    if (from + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + length));
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    System.arraycopy(buffer, offset, chars, from, length);
    ends[count++] = from + length;
  }

  @Override
  public char[] copy(int i, char[] target) {
    int from = i == 0 ? 0 : ends[i - 1];
    int length = ends[i] - from;
    char[] result = target.length < length ? new char[length] : target;
    System.arraycopy(chars, from, result, 0, length);
    return result;
  }

  @Override
  public int length(int i) {
    return ends[i] - (i == 0 ? 0 : ends[i - 1]);
  }

  @Override
  public char firstChar(int i) {
    return chars[i == 0 ? 0 : ends[i - 1]];
  }

  @Override
  public void removeAll() {
    count = 0;
  }

  @Override
  public void clear() {
    count = 0;
  }

  /** A deep copy: captured states (synonym filters buffer tokens) must not share the buffers. */
  @Override
  public NameKeyVariantsAttributeImpl clone() {
    NameKeyVariantsAttributeImpl copy = (NameKeyVariantsAttributeImpl) super.clone();
    copy.chars = chars.clone();
    copy.ends = ends.clone();
    return copy;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    NameKeyVariantsAttributeImpl other = (NameKeyVariantsAttributeImpl) target;
    other.chars = count == 0 ? other.chars : Arrays.copyOf(chars, chars.length);
    other.ends = Arrays.copyOf(ends, ends.length);
    other.count = count;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    StringBuilder variants = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int from = i == 0 ? 0 : ends[i - 1];
      if (i > 0) {
        variants.append(' ');
      }
      variants.append(chars, from, ends[i] - from);
    }
    reflector.reflect(NameKeyVariantsAttribute.class, "variants", variants.toString());
  }
}
