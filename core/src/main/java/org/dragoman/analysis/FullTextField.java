package org.dragoman.analysis;

import static java.util.Objects.requireNonNull;

/**
 * One indexed full-text field: which article text feeds it, how much a match in it counts, and
 * whether it matches spelling variants of names (left out of searches that ask for exact
 * spellings).
 *
 * <pre>{@code
 * new FullTextField("title", ArticleText.TITLE, 2f, false); // the stored title, English analysis
 * new FullTextField("title.names", ArticleText.TITLE, 1f, true); // same text, name analysis
 * }</pre>
 *
 * @param name the Lucene field name
 * @param text the article text it is fed from
 * @param boost the query-time weight of a match in this field
 * @param nameVariants whether the field matches other spellings of names
 */
public record FullTextField(String name, ArticleText text, float boost, boolean nameVariants) {
  public FullTextField {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    if (!(boost > 0) || Float.isInfinite(boost)) {
      throw new IllegalArgumentException("boost " + boost + " of field " + name + " is not > 0");
    }
  }

  /** Whether this is the stored field of its text (as opposed to an extra indexed-only field). */
  public boolean isStored() {
    return name.equals(text.fieldName());
  }
}
