package org.dragoman.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A conjunction of words, each a disjunction over the text fields, rewritten to the same matches
 * and the same scores in a form that Lucene's skipping handles: every word is required through a
 * non-scoring filter (its disjunction), and all the words' field clauses are scored together as one
 * flat disjunction beside the filters.
 *
 * <p>Why: Lucene skips the documents of a conjunction that cannot reach the page by the maximum
 * score of each word's disjunction per block of documents. A word's title and name clauses are
 * rare, so their postings blocks span much of the index with a high maximum score (rare word, title
 * weight 2), and no block can be skipped: in a probe on the reference corpus (138,319 passages) the
 * top 10 of {@code international community} took 5,159 µs that way, more than scoring every match
 * (2,751 µs), against 419 µs for plain Lucene's whole search. In the flat form the disjunction of
 * all field clauses does its own skipping: 595 µs; {@code sustainable development} 3,380 -> 316 µs,
 * {@code peace security} 4,639 -> 596 µs. Where the nested form skipped well the flat one is slower
 * ({@code human rights}: top 10 861 -> 1,116 µs, whole search about 1.0 -> 1.4 ms), and scoring
 * every match was 2-15% faster in all: the worst case goes from about 10 ms to about 1.4 ms. Scores
 * are the same sums in another order (equal to within a few units of the last float digits). Whole
 * searches against plain Lucene ({@code InterleavedQueryRatios ... query=TEXT}, benchmarks module):
 * {@code international community} 14.3x -> 3.0x, {@code human rights} 4.7x -> 5.5x.
 *
 * <p>The form is for the skipping search only. A pass that scores every match ({@link
 * SmallQueryCollection}) reads each word's postings twice in it, once for the filter and once for
 * the score: with Lucene's query cache off, the one pass over {@code nuclear disarmament} took 910
 * µs flat against 597 µs nested in a probe program (with the cache on, which keeps the filters of a
 * repeated query as bit sets, the two were even).
 *
 * <pre>{@code
 * Query query = FlatConjunction.of(IndexedTerms.resolve(searcher, parsed));
 * // +(title:intern body:intern ...) +(title:commun body:commun ...)
 * // -> #(title:intern body:intern ...) #(title:commun body:commun ...) title:intern body:intern ...
 * }</pre>
 */
final class FlatConjunction {

  private FlatConjunction() {}

  /**
   * {@code query} in the flat form when it is a conjunction of two or more disjunctions, also
   * inside the conjunction that {@link RequestFilters} wraps around it; otherwise {@code query}
   * itself.
   */
  static Query of(Query query) {
    if (!isConjunction(query)) {
      return query;
    }
    BooleanQuery.Builder flat = new BooleanQuery.Builder();
    int words = addFlat((BooleanQuery) query, flat);
    // A lone word has no conjunction to skip through: it scores as it is.
    return words < 2 ? query : flat.build();
  }

  /** Adds the conjunction's clauses to {@code flat}; the number of words flattened. */
  private static int addFlat(BooleanQuery conjunction, BooleanQuery.Builder flat) {
    int words = 0;
    for (BooleanClause clause : conjunction.clauses()) {
      if (clause.occur() == BooleanClause.Occur.MUST && isDisjunction(clause.query())) {
        flat.add(clause.query(), BooleanClause.Occur.FILTER);
        for (BooleanClause field : ((BooleanQuery) clause.query()).clauses()) {
          flat.add(field.query(), BooleanClause.Occur.SHOULD);
        }
        words++;
      } else if (clause.occur() == BooleanClause.Occur.MUST && isConjunction(clause.query())) {
        // A required conjunction inside a conjunction: the same matches and score sums inline.
        words += addFlat((BooleanQuery) clause.query(), flat);
      } else {
        flat.add(clause);
      }
    }
    return words;
  }

  private static boolean isConjunction(Query query) {
    return query instanceof BooleanQuery conjunction
        && conjunction.getMinimumNumberShouldMatch() == 0
        && !conjunction.clauses().isEmpty()
        && conjunction.clauses().stream().noneMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
  }

  private static boolean isDisjunction(Query query) {
    return query instanceof BooleanQuery disjunction
        && disjunction.getMinimumNumberShouldMatch() == 0
        && !disjunction.clauses().isEmpty()
        && disjunction.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
  }
}
