package org.dragoman.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@link NameEvaluation} run. Serializes to JSON as is (Jackson reads records).
 *
 * @param recallAll share of same-entity pairs (a, b), a with no more words than b, where query a
 *     finds document b
 * @param recallTransliteration the same over pairs of plain transliterations
 * @param recallCrossScript the same over pairs whose scripts differ
 * @param precision share of retrieved spelling documents that belong to the query's entity
 * @param pairs number of pairs behind {@code recallAll}
 * @param transliterationPairs number of pairs behind {@code recallTransliteration}
 * @param crossScriptPairs number of pairs behind {@code recallCrossScript}
 * @param negativesScored negative pairs scored (those where no side's words contain the other's)
 * @param mergedNegatives the scored negative pairs where either side's query finds the other
 * @param misses the recall pairs that failed, for diagnosis
 */
public record NameEvaluationResult(
    double recallAll,
    double recallTransliteration,
    double recallCrossScript,
    double precision,
    int pairs,
    int transliterationPairs,
    int crossScriptPairs,
    int negativesScored,
    List<MergedNegative> mergedNegatives,
    List<Miss> misses) {

  public NameEvaluationResult {
    mergedNegatives = List.copyOf(requireNonNull(mergedNegatives, "mergedNegatives"));
    misses = List.copyOf(requireNonNull(misses, "misses"));
  }

  /** A negative pair that was merged. */
  public record MergedNegative(String pairId, String spellingA, String spellingB) {}

  /** A recall pair whose query did not find its document. */
  public record Miss(String groupId, String query, String document) {}

  /** One line per figure, like the anchor table of issue 3. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(Locale.ROOT, "recall all           %.3f  (%d pairs)%n", recallAll, pairs));
    out.append(
        String.format(
            Locale.ROOT,
            "recall translit.     %.3f  (%d pairs)%n",
            recallTransliteration,
            transliterationPairs));
    out.append(
        String.format(
            Locale.ROOT,
            "recall cross-script  %.3f  (%d pairs)%n",
            recallCrossScript,
            crossScriptPairs));
    out.append(String.format(Locale.ROOT, "precision            %.3f%n", precision));
    out.append(
        String.format(
            Locale.ROOT, "negatives merged     %d/%d%n", mergedNegatives.size(), negativesScored));
    for (MergedNegative merged : mergedNegatives) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %s  %s ~ %s%n",
              merged.pairId(),
              merged.spellingA(),
              merged.spellingB()));
    }
    return out.toString();
  }
}
