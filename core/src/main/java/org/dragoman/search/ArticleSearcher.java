package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.dragoman.model.SortOrder;

/**
 * Runs a {@link SearchRequest} on a searcher: parses the query, adds the filters, collects the
 * requested page in the requested order with an exact total, and builds the hits with snippets.
 * Thread-safe: it keeps no state between searches.
 *
 * <pre>{@code
 * SearchResult result = new ArticleSearcher(analyzers).search(searcher, SearchRequest.of("Tokayev"));
 * }</pre>
 */
public final class ArticleSearcher {

  /** Offset paging collects offset + limit hits; deeper pages must use the cursor. */
  public static final int MAX_OFFSET_WINDOW = 100_000;

  private static final Set<String> HIT_FIELDS =
      Set.of(
          ArticleSchema.ID,
          ArticleSchema.DATE,
          ArticleSchema.SOURCE_DISPLAY,
          ArticleSchema.TITLE,
          ArticleSchema.URL);

  private final DragomanAnalyzers analyzers;
  private final Snippets snippets;

  public ArticleSearcher(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
    this.snippets = new Snippets(analyzers);
  }

  /**
   * Searches.
   *
   * @throws QuerySyntaxException when the query text does not parse
   * @throws IllegalArgumentException when the cursor is malformed or the offset too deep
   */
  public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query userQuery = DragomanQueryParser.parse(request.query(), analyzers, request.exact());
    Query query = RequestFilters.apply(userQuery, request);
    if (request.limit() == 0) {
      return new SearchResult(request.query(), searcher.count(query), List.of(), null);
    }
    long window = (long) request.offset() + request.limit();
    if (window > MAX_OFFSET_WINDOW) {
      throw new IllegalArgumentException(
          "offset "
              + request.offset()
              + " + limit "
              + request.limit()
              + " is more than "
              + MAX_OFFSET_WINDOW
              + ": use the cursor to page this deep");
    }
    SortOrder order = request.sort();
    FieldDoc after = request.cursor() == null ? null : Cursor.parse(request.cursor(), order);
    // One hit more than asked tells whether a next page exists.
    TopFieldDocs top =
        searcher.search(
            query,
            new TopFieldCollectorManager(
                ResultOrder.of(order), (int) window + 1, after, Integer.MAX_VALUE));
    if (top.totalHits.relation() != TotalHits.Relation.EQUAL_TO) {
      throw new IllegalStateException("total hits " + top.totalHits + " is not exact");
    }
    ScoreDoc[] collected = top.scoreDocs;
    int from = Math.min(request.offset(), collected.length);
    int to = (int) Math.min(window, collected.length);
    ScoreDoc[] page = Arrays.copyOfRange(collected, from, to);
    if (ResultOrder.scoresAfterCollection(order)) {
      TopFieldCollector.populateScores(page, searcher, query);
    } else {
      // Sorting by score keeps the score as the first sort value, not in ScoreDoc.score.
      for (ScoreDoc hit : page) {
        hit.score = (Float) ((FieldDoc) hit).fields[0];
      }
    }
    String nextCursor =
        collected.length > window && page.length > 0
            ? Cursor.after((FieldDoc) page[page.length - 1], order)
            : null;
    return new SearchResult(
        request.query(), top.totalHits.value(), hits(searcher, userQuery, page), nextCursor);
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query userQuery, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    String[] snippetTexts =
        snippets.of(
            searcher,
            userQuery,
            new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page));
    StoredFields storedFields = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = storedFields.document(page[i].doc, HIT_FIELDS);
      String date = doc.get(ArticleSchema.DATE);
      hits.add(
          new SearchHit(
              doc.get(ArticleSchema.ID),
              page[i].score,
              date == null ? null : ArticleDate.parse(date),
              doc.get(ArticleSchema.SOURCE_DISPLAY),
              doc.get(ArticleSchema.TITLE),
              doc.get(ArticleSchema.URL),
              snippetTexts[i]));
    }
    return hits;
  }
}
