package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Looks up the terms of a parsed query in one searcher's index, once, and rewrites the query with
 * what it found: a term that no segment holds matches nothing and leaves the query, a term that is
 * there carries its looked-up {@link TermStates}, so that neither the scoring pass nor the counting
 * pass seeks it again, and a synonym group lists each term once.
 *
 * <p>Why: a Dragoman word becomes many terms (every spelling key of a name, its aliases, in a title
 * and a body field: {@code Kazakhstan} is 26), most of which a given index does not hold. Lucene
 * looks each one up with a terms enumerator of its own, per segment and per pass. Here the terms of
 * a field are looked up in sorted order with one enumerator per segment, which shares the blocks
 * that neighbouring keys ({@code kasahstan}, {@code kasakstan}) live in. Scores do not change: the
 * statistics are the same, and absent terms add nothing to a disjunction.
 *
 * <pre>{@code
 * Query resolved = IndexedTerms.resolve(searcher, DragomanQueryParser.parse("Kazakhstan", analyzers, false));
 * TopDocs top = searcher.search(resolved, 10);
 * int total = searcher.count(resolved); // no term lookups
 * }</pre>
 *
 * <p>The rewritten query is valid only on the searcher it was resolved with.
 */
final class IndexedTerms implements KnownTerms {

  /** A term some segment holds: its states, and its document frequency in each segment. */
  private record Found(TermStates states, int[] leafDocFreqs) {}

  private final Map<Term, Found> found;
  private final Query query;

  private IndexedTerms(Map<Term, Found> found, Query parsed) {
    this.found = found;
    this.query = rewrite(parsed);
  }

  /**
   * {@code query} with its terms looked up in {@code searcher}'s index.
   *
   * @throws IndexSearcher.TooManyClauses when the query as parsed has more clauses than Lucene
   *     runs: checked before absent terms are dropped, so that whether a query is too large does
   *     not depend on the words an index holds
   */
  static Query resolve(IndexSearcher searcher, Query query) throws IOException {
    return lookUp(searcher, query).query();
  }

  /**
   * The terms of {@code query} looked up in {@code searcher}'s index: the query {@link #resolve}
   * returns, and the number of documents each term is in.
   *
   * @throws IndexSearcher.TooManyClauses as {@link #resolve} does
   */
  static IndexedTerms lookUp(IndexSearcher searcher, Query query) throws IOException {
    ClauseLimitAndTerms visitor = new ClauseLimitAndTerms();
    query.visit(visitor);
    Map<String, List<Term>> byField = visitor.byField;
    if (byField.isEmpty()) {
      return new IndexedTerms(Map.of(), query);
    }
    IndexReaderContext top = searcher.getTopReaderContext();
    List<LeafReaderContext> leaves = top.leaves();
    Map<Term, Found> found = new HashMap<>();
    for (Map.Entry<String, List<Term>> field : byField.entrySet()) {
      // Sorted, so that one enumerator walks forward through the dictionary of each segment.
      Term[] sorted = field.getValue().toArray(Term[]::new);
      Arrays.sort(sorted);
      for (LeafReaderContext leaf : leaves) {
        Terms terms = leaf.reader().terms(field.getKey());
        if (terms == null) {
          continue;
        }
        TermsEnum dictionary = terms.iterator();
        for (int i = 0; i < sorted.length; i++) {
          Term term = sorted[i];
          if ((i > 0 && term.equals(sorted[i - 1])) || !dictionary.seekExact(term.bytes())) {
            continue;
          }
          Found seen =
              found.computeIfAbsent(
                  term, t -> new Found(new TermStates(top), new int[leaves.size()]));
          int docFreq = dictionary.docFreq();
          seen.states()
              .register(dictionary.termState(), leaf.ord, docFreq, dictionary.totalTermFreq());
          seen.leafDocFreqs()[leaf.ord] = docFreq;
        }
      }
    }
    return new IndexedTerms(found, query);
  }

  /** The query with its terms looked up (see {@link #resolve}). */
  Query query() {
    return query;
  }

  /**
   * The documents of segment {@code leaf} (its ord) that hold {@code term}, deleted ones included;
   * 0 when it was not looked up.
   */
  @Override
  public long docFreq(Term term, int leaf) {
    Found seen = found.get(term);
    return seen == null ? 0 : seen.leafDocFreqs()[leaf];
  }

  @Override
  public TermStates states(Term term) {
    Found seen = found.get(term);
    return seen == null ? null : seen.states();
  }

  /**
   * Counts clauses as {@link IndexSearcher#rewrite(Query)} does, with the same limit, and collects
   * the terms of the query kinds that the parser builds and that this class rewrites (other kinds
   * look their terms up themselves), by field: one walk of the query for both.
   */
  private static final class ClauseLimitAndTerms extends QueryVisitor {
    private final Map<String, List<Term>> byField = new HashMap<>();
    private int clauses;

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    @Override
    public void visitLeaf(Query query) {
      count();
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      count();
      if (query instanceof TermQuery
          || query instanceof SynonymQuery
          || query instanceof PhraseQuery
          || query instanceof MultiPhraseQuery) {
        for (Term term : terms) {
          byField.computeIfAbsent(term.field(), f -> new ArrayList<>()).add(term);
        }
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      count();
    }

    private void count() {
      if (clauses > IndexSearcher.getMaxClauseCount()) {
        throw new IndexSearcher.TooManyNestedClauses();
      }
      clauses++;
    }
  }

  /** The states of a term some segment holds; null for one none holds. */
  private TermStates indexed(Term term) {
    Found seen = found.get(term);
    return seen == null || seen.states().docFreq() == 0 ? null : seen.states();
  }

  private static final MatchNoDocsQuery NOT_INDEXED =
      new MatchNoDocsQuery("no segment holds the terms");

  private Query rewrite(Query query) {
    return switch (query) {
      case TermQuery q -> {
        TermStates states = indexed(q.getTerm());
        yield states == null ? NOT_INDEXED : new TermQuery(q.getTerm(), states);
      }
      case SynonymQuery q -> synonyms(q);
      case PhraseQuery q -> {
        for (Term t : q.getTerms()) {
          if (indexed(t) == null) {
            yield NOT_INDEXED;
          }
        }
        yield q;
      }
      case MultiPhraseQuery q -> {
        for (Term[] position : q.getTermArrays()) {
          boolean any = false;
          for (Term t : position) {
            any |= indexed(t) != null;
          }
          if (!any) {
            yield NOT_INDEXED;
          }
        }
        yield q;
      }
      case BoostQuery q -> {
        Query inner = rewrite(q.getQuery());
        yield inner instanceof MatchNoDocsQuery ? inner : new BoostQuery(inner, q.getBoost());
      }
      case BooleanQuery q -> q.getMinimumNumberShouldMatch() == 0 ? withoutNoMatch(q) : keepAll(q);
      default -> query;
    };
  }

  /**
   * The boolean query rewritten as Lucene's own rewrite (10.5) would go on to rewrite it: without
   * the clauses that match nothing (or nothing when a required one does), with the clauses of an
   * optional pure disjunction taken into it, and a single remaining scored clause in its place.
   * Lucene's rewrite then finds nothing to change: it rebuilt (and rehashed) the query once for
   * each kind of change, 8.2 µs over {@code Tajikistan OR Kyrgyzstan} as looked up here before, 2.7
   * µs now.
   */
  private Query withoutNoMatch(BooleanQuery query) {
    List<BooleanClause> kept = new ArrayList<>(query.clauses().size());
    for (BooleanClause clause : query.clauses()) {
      Query rewritten = rewrite(clause.query());
      if (rewritten instanceof MatchNoDocsQuery) {
        switch (clause.occur()) {
          case MUST, FILTER -> {
            return NOT_INDEXED; // a required clause that matches nothing
          }
          case SHOULD, MUST_NOT -> {
            continue; // adds no match, or takes none away
          }
        }
      }
      if (clause.occur() == BooleanClause.Occur.SHOULD && isPureDisjunction(rewritten)) {
        // Flattened into this disjunction, as Lucene's rewrite flattens nested disjunctions.
        kept.addAll(((BooleanQuery) rewritten).clauses());
      } else {
        kept.add(new BooleanClause(rewritten, clause.occur()));
      }
    }
    if (kept.isEmpty()) {
      return NOT_INDEXED;
    }
    BooleanClause.Occur only = kept.get(0).occur();
    if (kept.size() == 1
        && (only == BooleanClause.Occur.SHOULD || only == BooleanClause.Occur.MUST)) {
      return kept.get(0).query();
    }
    BooleanQuery.Builder rewritten = new BooleanQuery.Builder();
    kept.forEach(rewritten::add);
    return rewritten.build();
  }

  /** Lucene's pure disjunction: optional clauses only, at most one of which must match. */
  private static boolean isPureDisjunction(Query query) {
    if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 1) {
      return false;
    }
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() != BooleanClause.Occur.SHOULD) {
        return false;
      }
    }
    return true;
  }

  /** A boolean query with a minimum of optional clauses: each clause rewritten, none dropped. */
  private Query keepAll(BooleanQuery query) {
    BooleanQuery.Builder rewritten =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
    for (BooleanClause clause : query.clauses()) {
      rewritten.add(rewrite(clause.query()), clause.occur());
    }
    return rewritten.build();
  }

  /**
   * The synonym group without its absent terms, each term once (a repeated term would count its
   * occurrences twice); one remaining term is a plain term query, as Lucene rewrites it. A group
   * with weighted terms is left as it is: its weights cannot be read back.
   */
  private Query synonyms(SynonymQuery query) {
    List<Term> terms = query.getTerms(); // sorted: a repeated term follows itself
    List<Term> present = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      if ((i == 0 || !term.equals(terms.get(i - 1))) && indexed(term) != null) {
        present.add(term);
      }
    }
    if (present.size() == terms.size() && present.size() > 1) {
      return query; // every term once, and in the index: nothing to rewrite
    }
    if (!WindowSynonyms.unweighted(query, terms)) {
      return query;
    }
    if (present.isEmpty()) {
      return NOT_INDEXED;
    }
    if (present.size() == 1) {
      return new TermQuery(present.get(0), indexed(present.get(0)));
    }
    SynonymQuery.Builder builder = new SynonymQuery.Builder(query.getField());
    present.forEach(builder::addTerm);
    return builder.build();
  }
}
