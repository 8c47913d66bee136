package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * Oldest-first pages read backwards from the end of each segment are exactly the pages of the full
 * pass that collects and counts every match: same articles, same order (ties on a date by id), same
 * sort values for the cursor, same total. Checked on random indexes with few distinct dates (long
 * runs of equal dates), undated articles, deletions, updates and several segments.
 */
class OldestFirstCollectionTest {

  private static final String[] QUERIES = {
    "alpha", "omega", "alpha beta", "gamma OR delta", "beta -gamma", "*", "nothingatall"
  };

  @Test
  void pagesAndCursorsEqualTheFullPassOnRandomIndexes() throws IOException {
    RandomArticleIndex.check(
        6,
        (searcher, analyzers, random, ids, where) -> {
          for (int i = 0; i < 25; i++) {
            String text = QUERIES[random.nextInt(QUERIES.length)];
            checkPagesAndCursors(searcher, analyzers, random, text, ids, where + " query " + text);
          }
        });
  }

  /** Offset pages, then a chain of cursor pages, then a cursor at a random place. */
  private static void checkPagesAndCursors(
      IndexSearcher searcher,
      DragomanAnalyzers analyzers,
      Random random,
      String text,
      List<String> ids,
      String context)
      throws IOException {
    int limit = 1 + random.nextInt(random.nextBoolean() ? 5 : 40);
    int offset = random.nextInt(4) == 0 ? 0 : random.nextInt(60);
    SearchRequest request =
        SearchRequest.builder(text).sort(SortOrder.OLDEST).limit(limit).offset(offset).build();
    Query query = RequestFilters.apply(DragomanQueryParser.parse(text, analyzers, false), request);
    assertSame(searcher, query, request, context + " offset " + offset + " limit " + limit);

    String cursor = null;
    for (int page = 0; page < 6; page++) {
      SearchRequest paged =
          SearchRequest.builder(text).sort(SortOrder.OLDEST).limit(limit).cursor(cursor).build();
      ArticleSearcher.Collected expected = reference(searcher, query, paged);
      assertSame(searcher, query, paged, context + " cursor page " + page + " limit " + limit);
      if (expected.docs().length <= limit) {
        break;
      }
      cursor = Cursor.after((FieldDoc) expected.docs()[limit - 1], SortOrder.OLDEST);
    }

    // A cursor at any date and id, whether or not an article has them.
    long date = random.nextInt(5) == 0 ? Long.MAX_VALUE : 18_000 + random.nextInt(12);
    String id =
        ids.isEmpty()
            ? "x"
            : ids.get(random.nextInt(ids.size())) + (random.nextBoolean() ? "" : "~");
    String anywhere =
        Cursor.after(
            new FieldDoc(0, Float.NaN, new Object[] {date, new BytesRef(id)}), SortOrder.OLDEST);
    SearchRequest somewhere =
        SearchRequest.builder(text).sort(SortOrder.OLDEST).limit(limit).cursor(anywhere).build();
    assertSame(searcher, query, somewhere, context + " cursor at " + date + "/" + id);
  }

  private static void assertSame(
      IndexSearcher searcher, Query query, SearchRequest request, String context)
      throws IOException {
    ArticleSearcher.Collected expected = reference(searcher, query, request);
    ArticleSearcher.Collected actual = ArticleSearcher.collect(searcher, query, request);
    assertThat(actual.total()).as(context).isEqualTo(expected.total());
    assertThat(RandomArticleIndex.describe(actual.docs()))
        .as(context)
        .isEqualTo(RandomArticleIndex.describe(expected.docs()));
    // The search reads backwards only for queries that match much of the index: check the
    // backward reading itself on every query too.
    FieldDoc after =
        request.cursor() == null ? null : Cursor.parse(request.cursor(), SortOrder.OLDEST);
    int wanted = request.offset() + request.limit() + 1;
    ScoreDoc[] backwards =
        OldestFirstCollection.of(searcher, query).collect(after, wanted).scoreDocs;
    assertThat(RandomArticleIndex.describe(backwards))
        .as(context + " backwards")
        .isEqualTo(RandomArticleIndex.describe(expected.docs()));
  }

  private static ArticleSearcher.Collected reference(
      IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
    FieldDoc after =
        request.cursor() == null ? null : Cursor.parse(request.cursor(), SortOrder.OLDEST);
    int wanted = request.offset() + request.limit() + 1;
    return ArticleSearcher.collectAndCountInOnePass(searcher, query, request, after, wanted);
  }
}
