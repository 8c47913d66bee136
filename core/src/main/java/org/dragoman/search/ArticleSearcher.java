package org.dragoman.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.Facets;
import org.dragoman.model.Granularity;
import org.dragoman.model.PeriodCount;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;
import org.dragoman.model.Timeline;

/**
 * Runs a {@link SearchRequest} on a searcher: parses the query, adds the filters, collects the
 * requested page in the requested order with an exact total (and the facets, in the same pass, when
 * asked), suggests other spellings when little is found, and builds the hits (with snippets unless
 * the request turns them off). Thread-safe: it keeps no state between searches.
 *
 * <p>Newest-first sorts as the index is sorted ({@link org.dragoman.index.IndexOrder}): collection
 * stops in each segment once the page is full, and the exact total comes from {@link
 * IndexSearcher#count(Query)}, which needs no scores and no sorting (and is often answered from
 * index statistics or Lucene's query cache). Where that cache keeps nothing ({@link
 * QueryCacheReach}: an index of small segments), one pass that ranks, scores and counts costs less
 * ({@link NewestFirstOnePass}). Oldest-first reads the index order backwards ({@link
 * OldestFirstCollection}): in each segment it takes the matches in growing windows from the oldest
 * dated article towards the newest, until it has the page and the whole run of articles sharing the
 * last hit's date, then the same collector as the full pass ranks those few candidates, and the
 * total is counted apart like newest-first's. With facets, with a search timeout (which only
 * Lucene's own loop honours), or for a query that matches less than half the index (where reading
 * every match once is cheaper than windows plus a count), it collects and counts every match in one
 * pass without scoring ({@link #collectAndCountInOnePass}, also the reference the tests compare the
 * backward reading with). Relevance skips the documents that cannot reach the page by their block
 * score bounds (WAND and MaxScore), and counts exactly apart, as newest-first does ({@link
 * #collect}); a query that matches few articles is scored, collected and counted in one pass
 * instead ({@link SmallQueryCollection}), which costs less than setting up the skipping and the
 * count. {@code SortCostMeasurement} in the tests measures the three orders.
 *
 * <pre>{@code
 * SearchResult result = new ArticleSearcher(analyzers).search(searcher, SearchRequest.of("Tokayev"));
 * }</pre>
 */
public final class ArticleSearcher {

  /** Offset paging collects offset + limit hits; deeper pages must use the cursor. */
  public static final int MAX_OFFSET_WINDOW = 100_000;

  private final DragomanAnalyzers analyzers;
  private final HitBuilder hits;
  private final MatchExplainer explainer;
  private final SpellingSuggestions spelling;

  public ArticleSearcher(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
    this.hits = new HitBuilder(analyzers);
    this.explainer = new MatchExplainer(analyzers);
    this.spelling = new SpellingSuggestions(analyzers);
  }

  /**
   * The page, the exact total and the facets (null when not asked) of one search; {@code scored}
   * when the page's hits carry their scores already.
   */
  record Collected(ScoreDoc[] docs, long total, Facets facets, boolean scored) {

    Collected(ScoreDoc[] docs, long total, Facets facets) {
      this(docs, total, facets, false);
    }
  }

  /**
   * Searches.
   *
   * @throws QuerySyntaxException when the query text does not parse
   * @throws IllegalArgumentException when the cursor is malformed or the offset too deep
   */
  public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query userQuery = DragomanQueryParser.parse(request.query(), analyzers, request.exact());
    // Looked up once for the page, the count and the snippets.
    IndexedTerms terms = IndexedTerms.lookUp(searcher, userQuery);
    Query resolved = terms.query();
    // Rewritten once here: each pass below (the page, the count) would rewrite it again from
    // scratch, and a rewrite rebuilds and rehashes every Boolean query of a name's many clauses.
    Query query = searcher.rewrite(RequestFilters.apply(resolved, request));
    long window = (long) request.offset() + request.limit();
    if (request.limit() > 0 && window > MAX_OFFSET_WINDOW) {
      throw new IllegalArgumentException(
          "offset "
              + request.offset()
              + " + limit "
              + request.limit()
              + " is more than "
              + MAX_OFFSET_WINDOW
              + ": use the cursor to page this deep");
    }
    Collected collected =
        request.limit() == 0
            ? countOnly(searcher, query, request)
            : collect(searcher, query, request, terms);
    ScoreDoc[] all = collected.docs();
    int from = Math.min(request.offset(), all.length);
    int to = (int) Math.min(window, all.length);
    ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
    if (ResultOrder.scoresAfterCollection(request.sort())) {
      if (!collected.scored()) {
        TopFieldCollector.populateScores(page, searcher, query);
      }
    } else {
      // Sorting by score keeps the score as the first sort value, not in ScoreDoc.score.
      for (ScoreDoc hit : page) {
        hit.score = (Float) ((FieldDoc) hit).fields[0];
      }
    }
    String nextCursor =
        all.length > window && page.length > 0
            ? Cursor.after((FieldDoc) page[page.length - 1], request.sort())
            : null;
    List<String> suggestions =
        collected.total() < SearchResult.SUGGEST_BELOW
            ? spelling.suggest(searcher, request, collected.total())
            : List.of();
    MatchExplainer.ForQuery explain =
        request.explain() ? explainer.forQuery(userQuery, request.query()) : null;
    return new SearchResult(
        request.query(),
        collected.total(),
        hits.build(searcher, request.snippets() ? resolved : null, page, explain),
        nextCursor,
        collected.facets(),
        suggestions);
  }

  /**
   * The number of articles per year or month that match the request's query and filters; its order,
   * paging and facet settings do not matter.
   *
   * @throws QuerySyntaxException when the query text does not parse
   */
  public Timeline timeline(IndexSearcher searcher, SearchRequest request, Granularity granularity)
      throws IOException {
    Query query =
        RequestFilters.apply(
            DragomanQueryParser.parse(request.query(), analyzers, request.exact()), request);
    String field =
        switch (granularity) {
          case YEAR -> ArticleSchema.DATE_YEAR;
          case MONTH -> ArticleSchema.DATE_MONTH;
        };
    FacetCounting.Counts counts = searcher.search(query, new FacetCounting(List.of(field)));
    List<PeriodCount> periods =
        counts.of(field).stream().map(c -> new PeriodCount(c.value(), c.count())).toList();
    return Timeline.of(request.query(), granularity, periods, counts.documents());
  }

  private static Collected countOnly(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    if (!request.facets()) {
      return new Collected(new ScoreDoc[0], searcher.count(query), null);
    }
    FacetCounting.Counts counts =
        searcher.search(query, new FacetCounting(FacetCounting.DIMENSIONS));
    return new Collected(new ScoreDoc[0], counts.documents(), counts.facets());
  }

  /**
   * The first offset + limit + 1 hits in the request's order, the total and the facets.
   *
   * <p>Relevance and newest-first collect the page in a pass that skips what cannot make it: block
   * scores with WAND/MaxScore for relevance (like Lucene's own {@code search(query, n)}), the index
   * order for newest-first; a small relevance query takes one pass that also counts ({@link
   * SmallQueryCollection}). The exact total (and the facets) then come from a second pass that
   * needs no scores: {@link IndexSearcher#count(Query)} answers from the index statistics where it
   * can, and otherwise only walks the matching documents, which costs far less than scoring and
   * ranking each of them. Oldest-first reads each segment backwards from its oldest article (see
   * the class comment) and counts apart too, except with facets or a timeout.
   *
   * <p>{@code query} is in the form the parser builds; every pass but the small query's one pass
   * runs it in the {@link FlatConjunction flat} form.
   */
  static Collected collect(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    return collect(searcher, query, request, KnownTerms.NONE);
  }

  /**
   * As {@link #collect(IndexSearcher, Query, SearchRequest)}, knowing the query's terms as looked
   * up: their document frequencies spare a small query's cost estimate where they show it large,
   * and their states the one pass's seeking them again.
   */
  static Collected collect(
      IndexSearcher searcher, Query query, SearchRequest request, KnownTerms terms)
      throws IOException {
    return collect(searcher, query, request, terms, QueryCacheReach.coversAny(searcher));
  }

  /**
   * As {@link #collect(IndexSearcher, Query, SearchRequest, KnownTerms)}, told whether Lucene's
   * query cache can serve the searcher ({@link QueryCacheReach}): only then does a newest-first
   * search stop early and count apart.
   */
  static Collected collect(
      IndexSearcher searcher,
      Query query,
      SearchRequest request,
      KnownTerms terms,
      boolean queryCacheServes)
      throws IOException {
    SortOrder order = request.sort();
    FieldDoc after = request.cursor() == null ? null : Cursor.parse(request.cursor(), order);
    // Lucene skips through a conjunction of words better in the flat form (same matches, and the
    // same scores but for the last bit: its sums round once, the nested form's once per word);
    // passes that score as they collect run fastest on the nested form, which also gives the
    // scores a page's own scoring (populateScores) would.
    Query flat = FlatConjunction.of(query);
    // One hit more than asked tells whether a next page exists.
    int wanted = request.offset() + request.limit() + 1;
    if (order == SortOrder.OLDEST) {
      // Facets need every match anyway; the reverse reading cannot honour a search timeout, and
      // pays only for queries that match much of the index.
      if (request.facets() || searcher.getTimeout() != null) {
        return collectAndCountInOnePass(searcher, flat, request, after, wanted);
      }
      OldestFirstCollection backwards = OldestFirstCollection.of(searcher, flat);
      if (!backwards.pays()) {
        return collectAndCountInOnePass(searcher, flat, request, after, wanted);
      }
      TopFieldDocs docs = backwards.collect(after, wanted);
      return new Collected(docs.scoreDocs, searcher.count(flat), null);
    }
    if (order == SortOrder.NEWEST && !queryCacheServes && !countedFromStatistics(flat)) {
      // Stopping early and counting apart pay when Lucene's query cache keeps the matches of a
      // repeated query; where it keeps nothing, one pass that counts while collecting is cheaper.
      if (after == null && !request.facets() && searcher.getTimeout() == null) {
        TopFieldDocs first = NewestFirstOnePass.collect(searcher, query, wanted);
        return new Collected(first.scoreDocs, first.totalHits.value(), null, true);
      }
      return collectAndCountInOnePass(searcher, flat, request, after, wanted);
    }
    if (order == SortOrder.NEWEST
        && after == null
        && !request.facets()
        && searcher.getTimeout() == null
        && !countedFromStatistics(flat)) {
      // The cache serves the count (of the flat form, as relevance searches count): the page's
      // segments are read only up to their first matches, scored as they come.
      TopFieldDocs first = NewestFirstOnePass.collectFirst(searcher, query, flat, wanted, terms);
      return new Collected(first.scoreDocs, first.totalHits.value(), null, true);
    }
    if (order == SortOrder.RELEVANCE && searcher.getTimeout() == null) {
      SmallQueryCollection small =
          SmallQueryCollection.of(searcher, query, after, wanted, terms, queryCacheServes);
      if (small.pays()) {
        if (request.facets()) {
          // Facets count every match: the one pass that scores them all counts them too.
          FacetCounting counting = new FacetCounting(FacetCounting.DIMENSIONS);
          FacetCounting.Counter counter = counting.newCollector();
          SmallQueryCollection.Page page = small.collect(counter);
          FacetCounting.Counts counts = counting.reduce(List.of(counter));
          return new Collected(page.docs(), page.total(), counts.facets());
        }
        SmallQueryCollection.Page page = small.collect();
        return new Collected(page.docs(), page.total(), null);
      }
    }
    if (order == SortOrder.RELEVANCE && after == null && !request.facets()) {
      ScoreFirstPage.Skipped first =
          searcher.search(flat, ScoreFirstPage.skipping(searcher, wanted));
      long total = first.totalIsExact() ? first.total() : searcher.count(flat);
      return new Collected(first.page(), total, null);
    }
    TopFieldDocs docs =
        searcher.search(
            flat, new TopFieldCollectorManager(ResultOrder.of(order), wanted, after, wanted));
    if (request.facets()) {
      FacetCounting.Counts counts =
          searcher.search(flat, new FacetCounting(FacetCounting.DIMENSIONS));
      return new Collected(docs.scoreDocs, counts.documents(), counts.facets());
    }
    long total =
        docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO
            ? docs.totalHits.value()
            : searcher.count(flat);
    return new Collected(docs.scoreDocs, total, null);
  }

  /**
   * Whether Lucene counts the query's matches from index statistics (every article, or one term's
   * document frequency where nothing is deleted): then stopping early and counting apart cost
   * little however many articles match ({@code *} newest first browses the whole index).
   */
  private static boolean countedFromStatistics(Query query) {
    return query instanceof MatchAllDocsQuery || query instanceof TermQuery;
  }

  /**
   * Oldest-first in one pass over every match, counting while collecting: the reference that {@link
   * OldestFirstCollection} must agree with, and the path for facets and timed searches.
   */
  static Collected collectAndCountInOnePass(
      IndexSearcher searcher, Query query, SearchRequest request, FieldDoc after, int wanted)
      throws IOException {
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(
            ResultOrder.of(request.sort()), wanted, after, Integer.MAX_VALUE);
    if (request.facets()) {
      Object[] results =
          searcher.search(
              query, new MultiCollectorManager(top, new FacetCounting(FacetCounting.DIMENSIONS)));
      TopFieldDocs docs = (TopFieldDocs) results[0];
      FacetCounting.Counts counts = (FacetCounting.Counts) results[1];
      return new Collected(docs.scoreDocs, counts.documents(), counts.facets());
    }
    TopFieldDocs docs = searcher.search(query, top);
    if (docs.totalHits.relation() != TotalHits.Relation.EQUAL_TO) {
      throw new IllegalStateException("total hits " + docs.totalHits + " is not exact");
    }
    return new Collected(docs.scoreDocs, docs.totalHits.value(), null);
  }
}
