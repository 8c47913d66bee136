package org.dragoman.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * Two close spellings of different entities that must not be merged, a row of {@code
 * negatives-dev.tsv}.
 *
 * @param pairId the pair's id ({@code n01})
 * @param spellingA one side's spelling
 * @param entityA one side's entity id
 * @param spellingB the other side's spelling
 * @param entityB the other side's entity id
 * @param confusionType why they are close ({@code one-edit}, {@code feminine-suffix}, ...)
 */
public record NegativePair(
    String pairId,
    String spellingA,
    String entityA,
    String spellingB,
    String entityB,
    String confusionType) {

  public NegativePair {
    requireNonNull(pairId, "pairId");
    requireNonNull(spellingA, "spellingA");
    requireNonNull(entityA, "entityA");
    requireNonNull(spellingB, "spellingB");
    requireNonNull(entityB, "entityB");
    requireNonNull(confusionType, "confusionType");
  }

  /**
   * Whether one side's words contain the other's (case-insensitive): such pairs (Vladimir Putin vs
   * Vladimir Putin, Aral vs Aral Sea) only context can tell apart, so they are not scored.
   */
  public boolean isWordContained() {
    var a = NameEvaluation.lowercaseWords(spellingA);
    var b = NameEvaluation.lowercaseWords(spellingB);
    return a.containsAll(b) || b.containsAll(a);
  }
}
