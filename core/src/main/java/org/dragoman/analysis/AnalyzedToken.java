package org.dragoman.analysis;

import static java.util.Objects.requireNonNull;

/**
 * One token an analyzer produced, as {@link AnalysisInspector} reports it.
 *
 * @param term the token text (a key, for name fields)
 * @param type the token type ({@code <ALPHANUM>}, {@code <NAME_KEY>}, {@code SYNONYM}, ...)
 * @param position the position, from 0
 * @param positionLength how many positions the token spans (more than 1 for multi-word aliases)
 * @param startOffset where the token starts in the original text
 * @param endOffset where the token ends in the original text
 */
public record AnalyzedToken(
    String term, String type, int position, int positionLength, int startOffset, int endOffset) {

  public AnalyzedToken {
    requireNonNull(term, "term");
    requireNonNull(type, "type");
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException(
          "offsets " + startOffset + ".." + endOffset + " of " + term + " are not ordered");
    }
  }
}
