package org.dragoman.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * One spelling of one entity, a row of {@code variants-dev.tsv}.
 *
 * @param groupId the entity ({@code tokayev_kassym_jomart})
 * @param kind person, place or org
 * @param script {@code Latn} or {@code Cyrl}
 * @param system the convention the spelling follows ({@code german}, {@code former-name}, ...)
 * @param spelling the spelling itself
 */
public record NameVariant(
    String groupId, String kind, String script, String system, String spelling) {

  /** Markers in {@link #system()} of rows that are not plain transliterations. */
  private static final String[] NOT_TRANSLITERATION = {
    "former",
    "acronym",
    "inflected",
    "initial",
    "misspelling",
    "(generated)",
    "historical",
    "alt-name",
    "birthname",
    "translation",
    "plural"
  };

  public NameVariant {
    requireNonNull(groupId, "groupId");
    requireNonNull(kind, "kind");
    requireNonNull(script, "script");
    requireNonNull(system, "system");
    requireNonNull(spelling, "spelling");
    if (spelling.isBlank()) {
      throw new IllegalArgumentException("spelling of " + groupId + " is blank");
    }
  }

  /** Whether this row is a plain transliteration: no rename, acronym, inflection, initial, ... */
  public boolean isTransliteration() {
    for (String marker : NOT_TRANSLITERATION) {
      if (system.contains(marker)) {
        return false;
      }
    }
    return true;
  }

  public boolean isCyrillic() {
    return script.equals("Cyrl");
  }

  /** Number of whitespace-separated words. */
  public int wordCount() {
    return NameEvaluation.words(spelling).size();
  }
}
