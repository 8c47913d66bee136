package org.dragoman.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;

/**
 * What a search has already looked up about its query's terms ({@link IndexedTerms}), so that later
 * steps do not seek them again: a cost estimate from document frequencies ({@link CostFloor}), and
 * a synonym group's statistics in the one pass ({@link WindowSynonyms}).
 *
 * <pre>{@code
 * IndexedTerms terms = IndexedTerms.lookUp(searcher, parsed);
 * long floor = CostFloor.of(searcher.rewrite(terms.query()), terms, leaves.size());
 * }</pre>
 */
interface KnownTerms {

  /** Nothing looked up: every term's frequency is unknown (0), and its states too. */
  KnownTerms NONE =
      new KnownTerms() {
        @Override
        public long docFreq(Term term, int leaf) {
          return 0;
        }

        @Override
        public TermStates states(Term term) {
          return null;
        }
      };

  /** The documents of segment {@code leaf} (its ord) that hold {@code term}; 0 if unknown. */
  long docFreq(Term term, int leaf);

  /**
   * The term's states in every segment, with its statistics, as {@link TermStates#build} gives them
   * for the searcher the terms were looked up in; null when not looked up, or when no segment holds
   * it.
   */
  TermStates states(Term term);
}
