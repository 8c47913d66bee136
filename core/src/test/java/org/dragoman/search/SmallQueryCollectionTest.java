package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.model.Article;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * A relevance search of a small query, which takes the one pass, finds the same relevance page as
 * Lucene's skipping search (same articles, same order, ties by id, same sort values for the cursor)
 * and the same total as {@code count}: checked on random indexes with many equal scores, updates,
 * deletions and several segments, on first pages and on chains of cursor pages.
 */
class SmallQueryCollectionTest {

  private static final String[] QUERIES = RandomArticleIndex.QUERIES;

  private static final Sort RELEVANCE = ResultOrder.of(SortOrder.RELEVANCE);

  @Test
  void pagesAndTotalsEqualTheSkippingSearchOnRandomIndexes() throws IOException {
    int[] onePass = {0};
    String[] seed = {""};
    RandomArticleIndex.check(
        6,
        (searcher, analyzers, random, ids, where) -> {
          seed[0] = where;
          for (int i = 0; i < 20; i++) {
            String text = QUERIES[random.nextInt(QUERIES.length)];
            Query query =
                RequestFilters.apply(
                    IndexedTerms.resolve(
                        searcher, DragomanQueryParser.parse(text, analyzers, false)),
                    SearchRequest.of(text));
            int limit = 1 + random.nextInt(random.nextBoolean() ? 5 : 40);
            onePass[0] += checkCursorPages(searcher, query, text, limit, where + " " + text);
          }
        });
    // The comparison is about the one pass: make sure searches took it.
    assertThat(onePass[0]).as(seed[0] + ": pages that took the one pass").isPositive();
  }

  @Test
  void facetsCountedInTheOnePassEqualACountingPassBesideLuceneSearch() throws IOException {
    int[] onePass = {0};
    String[] seed = {""};
    RandomArticleIndex.check(
        4,
        (searcher, analyzers, random, ids, where) -> {
          seed[0] = where;
          for (String text : QUERIES) {
            Query query =
                RequestFilters.apply(
                    IndexedTerms.resolve(
                        searcher, DragomanQueryParser.parse(text, analyzers, false)),
                    SearchRequest.of(text));
            int limit = 1 + random.nextInt(20);
            SearchRequest request = SearchRequest.builder(text).limit(limit).facets(true).build();
            String context = where + " " + text + " limit " + limit;
            if (SmallQueryCollection.of(searcher, query, null, limit + 1).pays()) {
              onePass[0]++;
            }
            TopFieldDocs expected =
                searcher.search(
                    query, new TopFieldCollectorManager(RELEVANCE, limit + 1, null, limit + 1));
            FacetCounting.Counts counts =
                searcher.search(query, new FacetCounting(FacetCounting.DIMENSIONS));
            ArticleSearcher.Collected actual = ArticleSearcher.collect(searcher, query, request);
            assertThat(RandomArticleIndex.describe(actual.docs()))
                .as(context)
                .isEqualTo(RandomArticleIndex.describe(expected.scoreDocs));
            assertThat(actual.total()).as(context).isEqualTo(counts.documents());
            assertThat(actual.facets()).as(context).isEqualTo(counts.facets());
          }
        });
    assertThat(onePass[0]).as(seed[0] + ": searches that took the one pass").isPositive();
  }

  @Test
  void aConjunctionOfWordsTakesTheOnePassWithMorePostingsThanADisjunction() throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = new ByteBuffersDirectory()) {
      // Each word is in 10,000 articles: above the limit of a disjunction, below a conjunction's.
      int articles = 10_000;
      assertThat((long) articles)
          .isBetween(SmallQueryCollection.MAX_COST, SmallQueryCollection.MAX_CONJUNCTION_COST);
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
        ArticleDocuments documents = new ArticleDocuments(analyzers);
        for (int i = 0; i < articles; i++) {
          writer.addDocument(
              documents.toDocument(
                  Article.builder().id("a" + i).title("T").body("alpha beta").lang("en").build()));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(onePass(searcher, analyzers, "alpha")).isFalse();
        assertThat(onePass(searcher, analyzers, "alpha OR beta")).isFalse();
        assertThat(onePass(searcher, analyzers, "alpha beta")).isTrue();
        assertThat(onePass(searcher, analyzers, "alpha beta title:T")).isTrue();
      }
    }
  }

  @Test
  void aQueryWithAPhraseTakesTheOnePassUpToItsLimitAndFurtherWhereTheCacheCannotCount()
      throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = new ByteBuffersDirectory()) {
      // 7,000 articles: above the limit of a phrase, below that where the cache keeps nothing.
      int common = 7_000;
      int rare = 500;
      assertThat((long) common)
          .isBetween(
              Math.max(
                  SmallQueryCollection.MAX_POSITIONAL_COST,
                  SmallQueryCollection.MAX_POSITIONAL_CONJUNCTION_COST),
              SmallQueryCollection.MAX_UNCACHED_POSITIONAL_COST);
      assertThat((long) rare)
          .isLessThan(
              Math.min(
                  SmallQueryCollection.MAX_POSITIONAL_COST,
                  SmallQueryCollection.MAX_POSITIONAL_CONJUNCTION_COST));
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
        ArticleDocuments documents = new ArticleDocuments(analyzers);
        for (int i = 0; i < common + rare; i++) {
          String body = i < common ? "alpha beta gamma" : "alpha beta delta epsilon";
          writer.addDocument(
              documents.toDocument(
                  Article.builder().id("a" + i).title("T").body(body).lang("en").build()));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(onePass(searcher, analyzers, "\"alpha beta\"", true)).isFalse();
        assertThat(onePass(searcher, analyzers, "\"alpha beta\" gamma", true)).isFalse();
        assertThat(onePass(searcher, analyzers, "\"delta epsilon\"", true)).isTrue();
        // A conjunction costs what its rarest word does.
        assertThat(onePass(searcher, analyzers, "\"alpha beta\" delta", true)).isTrue();
        // Where the query cache cannot serve the count, a phrase alone may read more.
        assertThat(onePass(searcher, analyzers, "\"alpha beta\"", false)).isTrue();
        // The index of 7,500 articles is too small for Lucene's query cache.
        assertThat(
                SmallQueryCollection.of(
                        searcher, query(searcher, analyzers, "\"alpha beta\""), null, 11)
                    .pays())
            .isTrue();
      }
    }
  }

  private static boolean onePass(IndexSearcher searcher, DragomanAnalyzers analyzers, String text)
      throws IOException {
    return onePass(searcher, analyzers, text, true);
  }

  /** Whether the search of {@code text} takes the one pass, the query cache serving or not. */
  private static boolean onePass(
      IndexSearcher searcher, DragomanAnalyzers analyzers, String text, boolean cacheServes)
      throws IOException {
    IndexedTerms terms =
        IndexedTerms.lookUp(searcher, DragomanQueryParser.parse(text, analyzers, false));
    Query query = RequestFilters.apply(terms.query(), SearchRequest.of(text));
    boolean pays =
        SmallQueryCollection.of(searcher, query, null, 11, KnownTerms.NONE, cacheServes).pays();
    // Knowing the terms' document frequencies may spare the weight, never change the decision.
    assertThat(SmallQueryCollection.of(searcher, query, null, 11, terms, cacheServes).pays())
        .as(text + " with document frequencies")
        .isEqualTo(pays);
    // Rewritten, as the searcher passes it, or not: the same decision.
    assertThat(
            SmallQueryCollection.of(
                    searcher, searcher.rewrite(query), null, 11, KnownTerms.NONE, cacheServes)
                .pays())
        .as(text + " rewritten")
        .isEqualTo(pays);
    return pays;
  }

  private static Query query(IndexSearcher searcher, DragomanAnalyzers analyzers, String text)
      throws IOException {
    return RequestFilters.apply(
        IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false)),
        SearchRequest.of(text));
  }

  /** Checks a first page and the cursor pages after it; how many of them took the one pass. */
  private static int checkCursorPages(
      IndexSearcher searcher, Query query, String text, int limit, String context)
      throws IOException {
    String cursor = null;
    int onePass = 0;
    for (int page = 0; page < 6; page++) {
      SearchRequest request = SearchRequest.builder(text).limit(limit).cursor(cursor).build();
      FieldDoc after = cursor == null ? null : Cursor.parse(cursor, SortOrder.RELEVANCE);
      int wanted = limit + 1;
      String where = context + " limit " + limit + " page " + page;
      boolean pays = SmallQueryCollection.of(searcher, query, after, wanted).pays();
      if (pays) {
        onePass++;
      }
      // The skipping search runs a conjunction of words in the flat form, the one pass in the
      // nested one: each page must equal Lucene's search of the form its path scores.
      Query form = pays ? query : FlatConjunction.of(query);
      TopFieldDocs expected =
          searcher.search(form, new TopFieldCollectorManager(RELEVANCE, wanted, after, wanted));
      ArticleSearcher.Collected actual = ArticleSearcher.collect(searcher, query, request);
      assertThat(RandomArticleIndex.describe(actual.docs()))
          .as(where)
          .isEqualTo(RandomArticleIndex.describe(expected.scoreDocs));
      assertThat(actual.total()).as(where).isEqualTo(searcher.count(query));
      if (expected.scoreDocs.length <= limit) {
        return onePass;
      }
      cursor = Cursor.after((FieldDoc) expected.scoreDocs[limit - 1], SortOrder.RELEVANCE);
    }
    return onePass;
  }
}
