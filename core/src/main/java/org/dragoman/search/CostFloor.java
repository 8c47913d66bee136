package org.dragoman.search;

import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A lower bound of the cost that Lucene's scorers will estimate for a query (the postings they
 * expect to read), from the document frequencies of its terms alone, without building a weight.
 *
 * <p>Why: {@link SmallQueryCollection} needs the cost to choose between its one pass and Lucene's
 * skipping search, and building the weight and its scorers to estimate it costs 10-15% of a search
 * that then skips (the scorers of a synonym group open their postings to estimate). When this floor
 * is above the limit already, the weight is not built.
 *
 * <p>It follows Lucene's estimates: a term costs its document frequency, a synonym group and a
 * disjunction the sum of their parts, a phrase its rarest position (a position of several terms the
 * sum of theirs), a conjunction its cheapest required clause. Queries of other kinds (ranges,
 * wildcards) count 0, as does a term not looked up, so the result is never above Lucene's estimate.
 *
 * <pre>{@code
 * IndexedTerms terms = IndexedTerms.lookUp(searcher, parsed);
 * long floor = CostFloor.of(searcher.rewrite(terms.query()), terms, leaves.size());
 * }</pre>
 */
final class CostFloor {

  private CostFloor() {}

  /**
   * At most the cost Lucene's scorers estimate for {@code query}, summed over the {@code leaves}
   * segments. Segment by segment, as the scorers estimate: a conjunction's cheapest clause may be
   * another word in each segment.
   */
  static long of(Query query, KnownTerms terms, int leaves) {
    long sum = 0;
    for (int leaf = 0; leaf < leaves; leaf++) {
      int ord = leaf;
      sum += of(query, term -> terms.docFreq(term, ord));
    }
    return sum;
  }

  /** At most the cost Lucene's scorers estimate for {@code query} in one segment. */
  private static long of(Query query, ToLongFunction<Term> docFreq) {
    return switch (query) {
      case TermQuery q -> docFreq.applyAsLong(q.getTerm());
      case SynonymQuery q -> q.getTerms().stream().mapToLong(docFreq).sum();
      case PhraseQuery q -> {
        long rarest = Long.MAX_VALUE;
        for (Term term : q.getTerms()) {
          rarest = Math.min(rarest, docFreq.applyAsLong(term));
        }
        yield rarest == Long.MAX_VALUE ? 0 : rarest;
      }
      case MultiPhraseQuery q -> {
        long rarest = Long.MAX_VALUE;
        for (Term[] position : q.getTermArrays()) {
          long any = 0;
          for (Term term : position) {
            any += docFreq.applyAsLong(term);
          }
          rarest = Math.min(rarest, any);
        }
        yield rarest == Long.MAX_VALUE ? 0 : rarest;
      }
      case BoostQuery q -> of(q.getQuery(), docFreq);
      case ConstantScoreQuery q -> of(q.getQuery(), docFreq);
      case BooleanQuery q -> booleanFloor(q, docFreq);
      default -> 0;
    };
  }

  private static long booleanFloor(BooleanQuery query, ToLongFunction<Term> docFreq) {
    if (query.getMinimumNumberShouldMatch() > 0) {
      return 0; // Lucene then also weighs the optional clauses: not followed here
    }
    long cheapestRequired = Long.MAX_VALUE;
    long optional = 0;
    for (BooleanClause clause : query.clauses()) {
      switch (clause.occur()) {
        case MUST, FILTER ->
            cheapestRequired = Math.min(cheapestRequired, of(clause.query(), docFreq));
        case SHOULD -> optional += of(clause.query(), docFreq);
        case MUST_NOT -> {} // exclusions do not add to what is read first
      }
    }
    return cheapestRequired == Long.MAX_VALUE ? optional : cheapestRequired;
  }
}
