package org.dragoman.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query on another field: a word is searched in title and body with the same analysis, and
 * analysing it once and renaming the field costs half as much as analysing it twice (the name chain
 * with its alias graph is the larger part of parsing a query).
 *
 * <pre>{@code
 * Query body = FieldRetarget.to(titleQuery, "body"); // title:kazakhstan -> body:kazakhstan
 * }</pre>
 *
 * <p>Only the query kinds that Lucene's {@code QueryBuilder} makes from an analysis are renamed;
 * for any other kind the result is null, and the caller analyses again.
 */
final class FieldRetarget {

  private FieldRetarget() {}

  /** {@code query} with every term on {@code field}, or null when a part of it is not known. */
  static Query to(Query query, String field) {
    return switch (query) {
      case TermQuery q -> new TermQuery(new Term(field, q.getTerm().bytes()));
      case SynonymQuery q -> {
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        q.getTerms().forEach(t -> synonyms.addTerm(new Term(field, t.bytes())));
        SynonymQuery renamed = synonyms.build();
        // Weighted synonyms cannot be read back: rebuild them by analysis.
        SynonymQuery.Builder unweighted = new SynonymQuery.Builder(q.getField());
        q.getTerms().forEach(unweighted::addTerm);
        yield unweighted.build().equals(q) ? renamed : null;
      }
      case PhraseQuery q -> {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(q.getSlop());
        Term[] terms = q.getTerms();
        int[] positions = q.getPositions();
        for (int i = 0; i < terms.length; i++) {
          phrase.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        yield phrase.build();
      }
      case MultiPhraseQuery q -> {
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(q.getSlop());
        Term[][] terms = q.getTermArrays();
        int[] positions = q.getPositions();
        for (int i = 0; i < terms.length; i++) {
          Term[] renamed = new Term[terms[i].length];
          for (int j = 0; j < renamed.length; j++) {
            renamed[j] = new Term(field, terms[i][j].bytes());
          }
          phrase.add(renamed, positions[i]);
        }
        yield phrase.build();
      }
      case BoostQuery q -> {
        Query inner = to(q.getQuery(), field);
        yield inner == null ? null : new BoostQuery(inner, q.getBoost());
      }
      case BooleanQuery q -> {
        BooleanQuery.Builder renamed =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(q.getMinimumNumberShouldMatch());
        List<BooleanClause> clauses = q.clauses();
        for (BooleanClause clause : clauses) {
          Query inner = to(clause.query(), field);
          if (inner == null) {
            yield null;
          }
          renamed.add(inner, clause.occur());
        }
        yield renamed.build();
      }
      default -> null;
    };
  }
}
