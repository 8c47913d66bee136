package org.dragoman.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name-matching protocol of issue 3, run against a {@link NameSearchEngine}.
 *
 * <ol>
 *   <li>Index one document per spelling and one per side of each negative pair. Each document is a
 *       neutral sentence around the spelling: {@value #RUSSIAN_TEMPLATE} for Cyrillic spellings,
 *       {@value #ENGLISH_TEMPLATE} otherwise ({@code %s} is the spelling).
 *   <li>Query each spelling as typed; the engine requires every word.
 *   <li>Recall: over ordered pairs (a, b) of different rows of one entity where a has no more
 *       whitespace-separated words than b, the share in which query a finds document b; for all
 *       pairs, for plain transliteration pairs (both rows {@link NameVariant#isTransliteration()}),
 *       and for cross-script pairs.
 *   <li>Precision: over all spelling queries, the share of retrieved spelling documents (not
 *       negative-pair documents) that belong to the query's entity.
 *   <li>Merged negatives: scored pairs (see {@link NegativePair#isWordContained()}) where either
 *       side's query finds the other side's document.
 * </ol>
 *
 * <pre>{@code
 * NameDevSet set = NameDevSet.read(variants, negatives);
 * try (NameSearchEngine engine = LuceneNameSearchEngine.dragoman()) {
 *   NameEvaluationResult result = NameEvaluation.run(set, engine);
 * }
 * }</pre>
 */
public final class NameEvaluation {

  /** Sentence around a Cyrillic spelling. */
  public static final String RUSSIAN_TEMPLATE = "Сегодня %s упоминается в сообщении агентства.";

  /** Sentence around a Latin spelling. */
  public static final String ENGLISH_TEMPLATE = "Today %s is mentioned in an agency report.";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private NameEvaluation() {}

  /** The document text for a spelling in a script ({@code Cyrl} or anything else). */
  public static String sentence(String spelling, boolean cyrillic) {
    return String.format(Locale.ROOT, cyrillic ? RUSSIAN_TEMPLATE : ENGLISH_TEMPLATE, spelling);
  }

  /** Indexes the set into {@code engine}, runs every query and computes the figures. */
  public static NameEvaluationResult run(NameDevSet set, NameSearchEngine engine)
      throws IOException {
    requireNonNull(set, "set");
    requireNonNull(engine, "engine");
    List<NameVariant> variants = set.variants();
    List<NameSearchEngine.Document> documents = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      NameVariant v = variants.get(i);
      documents.add(
          new NameSearchEngine.Document(variantId(i), sentence(v.spelling(), v.isCyrillic())));
    }
    for (NegativePair pair : set.negatives()) {
      documents.add(negativeDocument(pair.pairId() + "a", pair.spellingA()));
      documents.add(negativeDocument(pair.pairId() + "b", pair.spellingB()));
    }
    engine.index(documents);

    List<Set<String>> found = new ArrayList<>();
    for (NameVariant v : variants) {
      found.add(new HashSet<>(engine.search(v.spelling())));
    }

    int pairs = 0, hits = 0;
    int translitPairs = 0, translitHits = 0;
    int crossPairs = 0, crossHits = 0;
    List<NameEvaluationResult.Miss> misses = new ArrayList<>();
    for (int a = 0; a < variants.size(); a++) {
      NameVariant va = variants.get(a);
      int wordsA = va.wordCount();
      for (int b = 0; b < variants.size(); b++) {
        NameVariant vb = variants.get(b);
        if (a == b || !va.groupId().equals(vb.groupId()) || wordsA > vb.wordCount()) {
          continue;
        }
        boolean hit = found.get(a).contains(variantId(b));
        pairs++;
        hits += hit ? 1 : 0;
        if (va.isTransliteration() && vb.isTransliteration()) {
          translitPairs++;
          translitHits += hit ? 1 : 0;
        }
        if (!va.script().equals(vb.script())) {
          crossPairs++;
          crossHits += hit ? 1 : 0;
        }
        if (!hit) {
          misses.add(new NameEvaluationResult.Miss(va.groupId(), va.spelling(), vb.spelling()));
        }
      }
    }

    int retrieved = 0, relevant = 0;
    for (int a = 0; a < variants.size(); a++) {
      for (String id : found.get(a)) {
        if (!id.startsWith("v")) {
          continue;
        }
        retrieved++;
        int b = Integer.parseInt(id.substring(1));
        if (variants.get(b).groupId().equals(variants.get(a).groupId())) {
          relevant++;
        }
      }
    }

    int scored = 0;
    List<NameEvaluationResult.MergedNegative> merged = new ArrayList<>();
    for (NegativePair pair : set.negatives()) {
      if (pair.isWordContained()) {
        continue;
      }
      scored++;
      boolean aFindsB = engine.search(pair.spellingA()).contains(pair.pairId() + "b");
      boolean bFindsA = engine.search(pair.spellingB()).contains(pair.pairId() + "a");
      if (aFindsB || bFindsA) {
        merged.add(
            new NameEvaluationResult.MergedNegative(
                pair.pairId(), pair.spellingA(), pair.spellingB()));
      }
    }

    return new NameEvaluationResult(
        ratio(hits, pairs),
        ratio(translitHits, translitPairs),
        ratio(crossHits, crossPairs),
        ratio(relevant, retrieved),
        pairs,
        translitPairs,
        crossPairs,
        scored,
        merged,
        misses);
  }

  private static NameSearchEngine.Document negativeDocument(String id, String spelling) {
    return new NameSearchEngine.Document(id, sentence(spelling, isMostlyCyrillic(spelling)));
  }

  static boolean isMostlyCyrillic(String text) {
    int cyrillic = 0, latin = 0;
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    return cyrillic > latin;
  }

  private static String variantId(int row) {
    return "v" + row;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** The whitespace-separated words of a spelling. */
  static List<String> words(String spelling) {
    String s = spelling.strip();
    return s.isEmpty() ? List.of() : List.of(WHITESPACE.split(s));
  }

  /** The lowercased words of a spelling, as a set. */
  static Set<String> lowercaseWords(String spelling) {
    Set<String> result = new LinkedHashSet<>();
    for (String word : words(spelling)) {
      result.add(word.toLowerCase(Locale.ROOT));
    }
    return result;
  }
}
