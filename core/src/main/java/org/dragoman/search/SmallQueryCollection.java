package org.dragoman.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.dragoman.model.SortOrder;

/**
 * Collects the page of a query that matches few articles, and counts its matches exactly, in one
 * pass over the query's own scorers: every match is scored once, collected and counted.
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
 *       disarmament}). Limit: {@link #MAX_COST}.
 *   <li>A conjunction of words: block-max skipping skips little through a conjunction of
 *       disjunctions (see {@link FlatConjunction}), and the one pass runs on the nested form, which
 *       iterates each postings list once: 0.33x / 0.82x at 13,997 ({@code nuclear disarmament}),
 *       0.56x / 0.90x at 13,307, 0.57x / 0.78x at 15,855, but 1.8x / 3.0x at 17,744 and 2.4x / 4.5x
 *       at 24,237. Limit: {@link #MAX_CONJUNCTION_COST}.
 * </ul>
 *
 * <p>The cost is the number of postings the query's scorers estimate they read (for a conjunction,
 * those of its rarest word). Queries with a phrase never take the one pass (see {@link #pays}).
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
  static final long MAX_COST = 4_096;

  /** The most postings a conjunction of words may read for the one pass to pay. */
  static final long MAX_CONJUNCTION_COST = 16_384;

  /**
   * The hits wanted, in the sort's order, and the exact number of matches; {@code docs} is null
   * when a first relevance page collected by score ends in a tie ({@link ScoreFirstPage}).
   */
  record Page(ScoreDoc[] docs, long total) {}

  private final IndexSearcher searcher;
  private final CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> manager;
  private final int wanted;
  private final ScorerSupplier[] suppliers;
  private final long cost; // -1 when the query reads positions
  private final long maxCost;

  private SmallQueryCollection(
      IndexSearcher searcher,
      CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> manager,
      int wanted,
      ScorerSupplier[] suppliers,
      long cost,
      long maxCost) {
    this.searcher = searcher;
    this.manager = manager;
    this.wanted = wanted;
    this.suppliers = suppliers;
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
    // A first relevance page is collected by score alone (see ScoreFirstPage).
    CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> manager =
        after == null
            ? ScoreFirstPage.manager(wanted, Integer.MAX_VALUE)
            : new TopFieldCollectorManager(
                ResultOrder.of(SortOrder.RELEVANCE), wanted, after, Integer.MAX_VALUE);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScorerSupplier[] suppliers = new ScorerSupplier[leaves.size()];
    long maxCost = requiredScoredClauses(query) >= 2 ? MAX_CONJUNCTION_COST : MAX_COST;
    if (positional(query)) {
      return new SmallQueryCollection(searcher, manager, wanted, suppliers, -1, maxCost);
    }
    // The same weight serves the cost estimate and the pass: it looks each term up once.
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), manager.newCollector().scoreMode(), 1f);
    long cost = 0;
    for (int i = 0; i < suppliers.length; i++) {
      suppliers[i] = weight.scorerSupplier(leaves.get(i));
      if (suppliers[i] != null) {
        cost += suppliers[i].cost();
      }
    }
    return new SmallQueryCollection(searcher, manager, wanted, suppliers, cost, maxCost);
  }

  /**
   * Whether the query is small enough for the one pass to beat skipping plus a count, and reads no
   * positions: scoring a phrase match means finding all its occurrences, where the skipping search
   * scores few matches and the count (often from Lucene's query cache) needs only the first one.
   */
  boolean pays() {
    return cost >= 0 && cost <= maxCost;
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
    if (!pays()) {
      throw new IllegalStateException("the one pass is only for small queries without phrases");
    }
    TopDocsCollector<?> collector = manager.newCollector();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long total = 0;
    for (int i = 0; i < suppliers.length; i++) {
      if (suppliers[i] != null) {
        total += collect(collector, leaves.get(i), suppliers[i].get(Long.MAX_VALUE));
      }
    }
    TopDocs docs = collector.topDocs();
    if (docs instanceof TopFieldDocs byFields) {
      return new Page(byFields.scoreDocs, total);
    }
    return new Page(ScoreFirstPage.page(searcher, docs.scoreDocs, wanted), total);
  }

  /** Collects one segment's live matches, as Lucene's default bulk scorer does; their number. */
  private static long collect(TopDocsCollector<?> collector, LeafReaderContext leaf, Scorer scorer)
      throws IOException {
    LeafCollector leafCollector;
    try {
      leafCollector = collector.getLeafCollector(leaf);
    } catch (CollectionTerminatedException e) {
      throw new IllegalStateException("a collector that counts every match stopped early", e);
    }
    leafCollector.setScorer(scorer);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    Bits live = leaf.reader().getLiveDocs();
    long matches = 0;
    for (int doc = candidates.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = candidates.nextDoc()) {
      if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
        leafCollector.collect(doc);
        matches++;
      }
    }
    leafCollector.finish();
    return matches;
  }
}
