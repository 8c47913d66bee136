package org.dragoman.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.dragoman.model.SortOrder;

/**
 * Collects the page of a query that matches few articles, and counts its matches exactly, in one
 * pass ({@link WindowedScoring}): every match is scored once, collected and counted.
 *
 * <p>A Dragoman word is a disjunction over the text fields and their name fields. For such a query
 * Lucene's {@code search} sets up block-max scoring (MaxScore, with buffers of 4,096 documents) to
 * skip what cannot reach the page, and the exact total then takes a second pass with a second
 * weight. When the query matches few documents, setting those up and walking the matches twice
 * costs more than scoring each match once with the plain disjunction scorer. Where that stops
 * paying depends on the query's shape, measured on the reference corpus (138,319 passages; a probe
 * program, not in the repository, timing in-process CPU per search, the one pass against skipping
 * plus count, with Lucene's query cache off / on):
 *
 * <ul>
 *   <li>One word, or words joined by OR: skipping works well on a disjunction (one field's clause
 *       dominates its score), so the one pass pays only for few postings: 0.41x / 0.55x the time at
 *       a cost of 265 postings, 0.70x / 0.82x at 1,373 ({@code Kazakhstan}), 0.76x / 1.04x at
 *       2,963, but 1.40x / 1.77x at 5,108, 1.46x / 1.88x at 7,446 and 2.9x / 3.4x at 13,997 ({@code
 *       disarmament}). Limit: {@link #MAX_COST}, as the fourth probe below set it.
 *   <li>A conjunction of words: block-max skipping skips little through a conjunction of
 *       disjunctions (see {@link FlatConjunction}), and the one pass runs on the nested form, which
 *       iterates each postings list once: 0.33x / 0.82x at 13,997 ({@code nuclear disarmament}),
 *       0.56x / 0.90x at 13,307, 0.57x / 0.78x at 15,855, but 1.8x / 3.0x at 17,744 and 2.4x / 4.5x
 *       at 24,237. Limit: {@link #MAX_CONJUNCTION_COST}.
 *   <li>A query with a phrase (a quoted phrase, a name of two words, whose whole-name and initials
 *       readings are phrases, a word with an alias of several words): the one pass must find every
 *       occurrence of the phrase in every candidate to score it, where the skipping search verifies
 *       few candidates and the count needs only the first occurrence (and comes from Lucene's query
 *       cache when a query repeats). Names of two words: 0.49x / 0.66x the time at 194 postings
 *       ({@code Nursultan Nazarbayev}), 0.38x / 0.59x at 654 ({@code Yasser Arafat}), 0.51x / 0.81x
 *       at 1,234, 0.39x / 0.73x at 2,963, 0.65x / 1.05x at 4,241. A phrase or word alone: 0.58x /
 *       0.89x at 197 ({@code "Aral Sea"}), 0.62x / 0.94x at 284, 0.69x / 1.07x at 1,035, but 0.90x
 *       / 1.17x at 4,709 and 0.66x / 1.58x at 12,770 ({@code "Central Asia"}). Limits: {@link
 *       #MAX_POSITIONAL_CONJUNCTION_COST}, {@link #MAX_POSITIONAL_COST}. Where the query cache
 *       cannot serve a repeated query's count at all (an index of small segments, {@link
 *       QueryCacheReach}), the cache-off figures decide: a second probe measured 0.78x at 4,709
 *       ({@code Tajikistan OR Kyrgyzstan}, whose Kyrgyz Republic alias is a phrase), 0.73x at
 *       12,770 and 0.87x at 73,007, but 1.28x at 39,759. Limit: {@link
 *       #MAX_UNCACHED_POSITIONAL_COST}.
 *   <li>Since the one pass scores in windows ({@link WindowedScoring}), a third probe (cache on)
 *       measured for queries with a phrase 0.92x at 197, 0.87x at 1,746 ({@code Kyrgyzstan}), 0.91x
 *       at 4,709, but 1.31x at 12,770: the limits of phrases rose from 1,024 (alone) and 4,096 (in
 *       a conjunction) to {@value #MAX_POSITIONAL_COST}. Other figures of that probe, which left
 *       their limits as they were: disjunctions 0.88x at 1,996, 0.96x at 5,956, 1.64x at 14,445,
 *       1.95x at 13,997; conjunctions 0.73x at 13,307, 0.80x at 39,930 ({@code human rights}), but
 *       2.65x at 47,485 ({@code international community}).
 *   <li>After sessions 10 to 14 sped the one pass up, a fourth probe (whole searches alternating
 *       the limit of a disjunction at 4,096 and unlimited, cache on) raised that limit to {@value
 *       #MAX_COST}: between the two, disjunctions took 0.68x the time at 4,336 ({@code Tajikistan
 *       OR Kazakhstan}), 0.86x at 4,359 and 4,968, 0.70x at 5,252, 1.05x at 5,592, 1.00x at 6,074,
 *       0.92x at 6,290, 0.69x at 6,332, 0.86x at 7,446, 0.71x at 7,638, 0.99x at 8,098, 0.91x at
 *       8,267; beyond, 1.28x at 9,608, 1.27x at 10,976, 0.89x at 11,937, 1.36x at 13,307, 1.30x at
 *       18,619, 1.53x at 31,803 and 4.3x at 76,349 ({@code peace}).
 * </ul>
 *
 * <p>The cost is the number of postings the query's scorers estimate they read (for a conjunction,
 * those of its rarest word; for a phrase, those of its rarest word, all of which it verifies).
 *
 * <pre>{@code
 * SmallQueryCollection small = SmallQueryCollection.of(searcher, query, after, 11);
 * if (small.pays()) {
 *   SmallQueryCollection.Page page = small.collect();
 * }
 * }</pre>
 */
final class SmallQueryCollection {

  /** The most postings a disjunction may read for the one pass to pay (see the class comment). */
  static final long MAX_COST = 8_192;

  /** The most postings a conjunction of words may read for the one pass to pay. */
  static final long MAX_CONJUNCTION_COST = 16_384;

  /** The most postings a query with a phrase may read for the one pass to pay. */
  static final long MAX_POSITIONAL_COST = 6_144;

  /**
   * The most postings a query with a phrase may read for the one pass to pay where Lucene's query
   * cache cannot serve the count (see the class comment).
   */
  static final long MAX_UNCACHED_POSITIONAL_COST = 16_384;

  /** The most postings a conjunction with a phrase may read for the one pass to pay. */
  static final long MAX_POSITIONAL_CONJUNCTION_COST = 6_144;

  /** The hits wanted, in the sort's order, and the exact number of matches. */
  record Page(ScoreDoc[] docs, long total) {}

  private final IndexSearcher searcher;
  private final FieldDoc after;
  private final int wanted;
  private final WindowedScoring pass;
  private final WindowMatcher[] matchers;
  private final long cost;
  private final long maxCost;

  private SmallQueryCollection(
      IndexSearcher searcher,
      FieldDoc after,
      int wanted,
      WindowedScoring pass,
      WindowMatcher[] matchers,
      long cost,
      long maxCost) {
    this.searcher = searcher;
    this.after = after;
    this.wanted = wanted;
    this.pass = pass;
    this.matchers = matchers;
    this.cost = cost;
    this.maxCost = maxCost;
  }

  /**
   * The one pass of {@code query} on {@code searcher} for the first {@code wanted} hits in
   * relevance order after {@code after} (null for the first page). A conjunction of words should
   * come in the nested form the parser builds, not the {@link FlatConjunction flat} one: the pass
   * scores every match, and the flat form iterates each word's postings twice.
   */
  static SmallQueryCollection of(IndexSearcher searcher, Query query, FieldDoc after, int wanted)
      throws IOException {
    return of(searcher, query, after, wanted, KnownTerms.NONE, QueryCacheReach.coversAny(searcher));
  }

  /**
   * As {@link #of(IndexSearcher, Query, FieldDoc, int)}, knowing the query's terms as looked up
   * ({@link IndexedTerms}): when their document frequencies show that the query is too large for
   * the one pass ({@link CostFloor}), no weight is built for it, and the pass does not seek them
   * again; and told whether Lucene's query cache can serve the searcher ({@link QueryCacheReach}),
   * which sets the limit of a phrase.
   */
  static SmallQueryCollection of(
      IndexSearcher searcher,
      Query query,
      FieldDoc after,
      int wanted,
      KnownTerms terms,
      boolean queryCacheServes)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    WindowMatcher[] matchers = new WindowMatcher[leaves.size()];
    boolean conjunction = requiredScoredClauses(query) >= 2;
    long maxPhraseCost = queryCacheServes ? MAX_POSITIONAL_COST : MAX_UNCACHED_POSITIONAL_COST;
    long maxCost =
        positional(query)
            ? (conjunction ? MAX_POSITIONAL_CONJUNCTION_COST : maxPhraseCost)
            : (conjunction ? MAX_CONJUNCTION_COST : MAX_COST);
    long floor = CostFloor.of(query, terms, leaves.size());
    if (floor > maxCost) {
      return new SmallQueryCollection(searcher, after, wanted, null, matchers, floor, maxCost);
    }
    // The same weights serve the cost estimate and the pass: they look each term up once.
    WindowedScoring pass = WindowedScoring.of(searcher, searcher.rewrite(query), terms);
    long cost = 0;
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] = pass.matcher(leaves.get(i));
      if (matchers[i] != null) {
        cost += matchers[i].cost();
      }
    }
    return new SmallQueryCollection(searcher, after, wanted, pass, matchers, cost, maxCost);
  }

  /** Whether the query is small enough for the one pass to beat skipping plus a count. */
  boolean pays() {
    return cost <= maxCost;
  }

  /**
   * The postings the query's scorers estimate they read, summed over the segments; when the
   * document frequencies given showed the query too large, the {@link CostFloor} that did.
   */
  long cost() {
    return cost;
  }

  /**
   * The scored clauses a conjunction requires, counting those of the pure conjunctions it requires
   * (the request filters wrap the words' conjunction in one); 0 when the query is no conjunction.
   * Lucene's rewrite makes a word found in one field alone a term query: that is still a word.
   */
  private static int requiredScoredClauses(Query query) {
    if (!(query instanceof BooleanQuery conjunction)
        || conjunction.getMinimumNumberShouldMatch() != 0
        || conjunction.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      return 0;
    }
    int required = 0;
    for (BooleanClause clause : conjunction.clauses()) {
      if (clause.occur() == BooleanClause.Occur.MUST) {
        int inner = requiredScoredClauses(clause.query());
        required += inner > 0 ? inner : 1;
      }
    }
    return required;
  }

  /** Whether the query has a phrase (or a multi-word alias, which is one). */
  private static boolean positional(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            found[0] |= leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }

  /** The page and the total, from one pass over every match; only when it {@link #pays}. */
  Page collect() throws IOException {
    return collect(null);
  }

  /**
   * The page and the total, and the facet counts of {@code facets} (null for none), from one pass
   * over every match, which every facet count needs anyway; only when it {@link #pays}.
   */
  Page collect(FacetCounting.Counter facets) throws IOException {
    if (!pays()) {
      throw new IllegalStateException("the one pass is only for small queries");
    }
    if (after == null) {
      // A first relevance page is collected by score alone (see ScoreFirstPage).
      ScoreFirstPage first = ScoreFirstPage.forCountingPass(wanted);
      long total = collectAll(alsoCounting(first, facets));
      return new Page(first.page(searcher), total);
    }
    TopFieldCollector next =
        new TopFieldCollectorManager(
                ResultOrder.of(SortOrder.RELEVANCE), wanted, after, Integer.MAX_VALUE)
            .newCollector();
    long total = collectAll(alsoCounting(next, facets));
    return new Page(next.topDocs().scoreDocs, total);
  }

  private static Collector alsoCounting(Collector page, FacetCounting.Counter facets) {
    return facets == null ? page : MultiCollector.wrap(page, facets);
  }

  private long collectAll(Collector collector) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long total = 0;
    for (int i = 0; i < matchers.length; i++) {
      if (matchers[i] != null) {
        total += pass.collect(leaves.get(i), matchers[i], collector);
      }
    }
    pass.done();
    return total;
  }
}
