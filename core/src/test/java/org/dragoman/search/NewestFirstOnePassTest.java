package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * Newest first, a search either stops reading each segment early and counts apart (where Lucene's
 * query cache serves the count), scoring the first matches as it reads them, or takes one pass that
 * counts and scores the page as it goes: both find the same hits, with the same sort values and
 * scores as Lucene's early-stopping search, and the same total, on random indexes with long runs of
 * equal dates, undated articles, deletions and several segments, with cursors and facets.
 */
class NewestFirstOnePassTest {

  private static final String[] QUERIES = RandomArticleIndex.QUERIES;

  @Test
  void theOnePassFindsTheEarlyStoppingSearchsPageTotalAndScores() throws IOException {
    RandomArticleIndex.check(
        6,
        (searcher, analyzers, random, ids, where) -> {
          for (String text : QUERIES) {
            Query query =
                IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false));
            int wanted = 1 + random.nextInt(random.nextBoolean() ? 12 : 200);
            String context = where + " " + text + " wanted " + wanted;
            TopFieldDocs expected =
                searcher.search(
                    query,
                    new TopFieldCollectorManager(
                        ResultOrder.of(SortOrder.NEWEST), wanted, null, wanted));
            TopFieldCollector.populateScores(expected.scoreDocs, searcher, query);
            TopFieldDocs actual = NewestFirstOnePass.collect(searcher, query, wanted);
            assertThat(RandomArticleIndex.describe(actual.scoreDocs))
                .as(context)
                .isEqualTo(RandomArticleIndex.describe(expected.scoreDocs));
            assertThat(scores(actual.scoreDocs)).as(context).isEqualTo(scores(expected.scoreDocs));
            assertThat(actual.totalHits.value()).as(context).isEqualTo(searcher.count(query));

            // The terms' states from the search's own lookup, or looked up by the pass.
            KnownTerms known =
                random.nextBoolean()
                    ? IndexedTerms.lookUp(
                        searcher, DragomanQueryParser.parse(text, analyzers, false))
                    : KnownTerms.NONE;
            TopFieldDocs first =
                NewestFirstOnePass.collectFirst(
                    searcher, query, FlatConjunction.of(query), wanted, known);
            assertThat(RandomArticleIndex.describe(first.scoreDocs))
                .as(context + " first matches only")
                .isEqualTo(RandomArticleIndex.describe(expected.scoreDocs));
            assertThat(scores(first.scoreDocs))
                .as(context + " first matches only")
                .isEqualTo(scores(expected.scoreDocs));
            assertThat(first.totalHits.value())
                .as(context + " first matches only")
                .isEqualTo(searcher.count(query));
          }
        });
  }

  @Test
  void bothWaysOfSearchingNewestFirstAgreeOnPagesCursorsAndFacets() throws IOException {
    RandomArticleIndex.check(
        4,
        (searcher, analyzers, random, ids, where) -> {
          for (String text : QUERIES) {
            Query query =
                IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false));
            int limit = 1 + random.nextInt(30);
            boolean facets = random.nextBoolean();
            String cursor = null;
            for (int page = 0; page < 4; page++) {
              SearchRequest request =
                  SearchRequest.builder(text)
                      .sort(SortOrder.NEWEST)
                      .limit(limit)
                      .facets(facets)
                      .cursor(cursor)
                      .build();
              String context = where + " " + text + " limit " + limit + " page " + page;
              ArticleSearcher.Collected early =
                  ArticleSearcher.collect(searcher, query, request, KnownTerms.NONE, true);
              ArticleSearcher.Collected onePass =
                  ArticleSearcher.collect(searcher, query, request, KnownTerms.NONE, false);
              assertThat(RandomArticleIndex.describe(onePass.docs()))
                  .as(context)
                  .isEqualTo(RandomArticleIndex.describe(early.docs()));
              assertThat(onePass.total()).as(context).isEqualTo(early.total());
              assertThat(onePass.facets()).as(context).isEqualTo(early.facets());
              for (ArticleSearcher.Collected collected : List.of(early, onePass)) {
                if (collected.scored()) {
                  ScoreDoc[] rescored = copies(collected.docs());
                  TopFieldCollector.populateScores(rescored, searcher, query);
                  assertThat(scores(collected.docs()))
                      .as(context + (collected == early ? " (early)" : " (one pass)"))
                      .isEqualTo(scores(rescored));
                }
              }
              if (early.docs().length <= limit) {
                break;
              }
              cursor = Cursor.after((FieldDoc) early.docs()[limit - 1], SortOrder.NEWEST);
            }
          }
        });
  }

  private static List<Float> scores(ScoreDoc[] docs) {
    return Arrays.stream(docs).map(doc -> doc.score).toList();
  }

  private static ScoreDoc[] copies(ScoreDoc[] docs) {
    return Arrays.stream(docs)
        .map(doc -> new FieldDoc(doc.doc, Float.NaN, ((FieldDoc) doc).fields))
        .toArray(ScoreDoc[]::new);
  }
}
