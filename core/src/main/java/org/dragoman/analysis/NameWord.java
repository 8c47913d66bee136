package org.dragoman.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One word of a text as the name fields see it: its exact (lowercased) form and its transliteration
 * keys, primary first.
 *
 * @param text the word as written in the original text
 * @param exact the exact-field token
 * @param keys the name-field keys (empty for initials and other one-letter words)
 * @param position the word's position, from 0
 * @param startOffset where the word starts in the original text
 * @param endOffset where the word ends in the original text
 */
public record NameWord(
    String text, String exact, List<String> keys, int position, int startOffset, int endOffset) {

  public NameWord {
    requireNonNull(text, "text");
    requireNonNull(exact, "exact");
    keys = List.copyOf(requireNonNull(keys, "keys"));
  }
}
