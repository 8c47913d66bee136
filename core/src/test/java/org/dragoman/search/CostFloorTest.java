package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.model.Article;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;

/** The cost floor from document frequencies against the cost Lucene's scorers estimate. */
class CostFloorTest {

  /** Queries of the kinds the floor follows: it must equal Lucene's estimate. */
  private static final List<String> FOLLOWED =
      List.of(
          "alpha",
          "alpha beta",
          "alpha beta gamma",
          "gamma OR delta",
          "beta -gamma",
          "\"alpha beta\"",
          "\"alpha beta\" gamma",
          "\"alpha beta\" OR omega",
          "title:T",
          "Alpha Beta",
          "nothingatall");

  /** Queries with kinds it does not follow: it must stay at or below the estimate. */
  private static final List<String> OTHERS = List.of("*", "alph*", "alpha~1", "alpha*  beta");

  @Test
  void theFloorIsLuceneEstimateForTheQueriesTheParserBuildsAndNeverAbove() throws IOException {
    RandomArticleIndex.check(
        4,
        (searcher, analyzers, random, ids, where) -> {
          String context =
              where + " (" + searcher.getIndexReader().leaves().size() + " segments): ";
          for (String text : FOLLOWED) {
            assertThat(floor(searcher, analyzers, text))
                .as(context + text)
                .isEqualTo(estimate(searcher, analyzers, text));
          }
          for (String text : OTHERS) {
            assertThat(floor(searcher, analyzers, text))
                .as(context + text)
                .isLessThanOrEqualTo(estimate(searcher, analyzers, text));
          }
        });
  }

  @Test
  void synonymGroupsAndAliasPhrasesCountEveryPresentSpelling() throws IOException {
    // Spellings that key differently but are aliases of one name, in several segments.
    String[] bodies = {
      "Kazakhstan and the Kyrgyz Republic",
      "Qazaqstan Respublikasy",
      "Kasachstan heute",
      "Kazajistán y Kirguistán",
      "Astana hosted the talks",
      "Nur-Sultan and Akmola",
      "Kyrgyzstan"
    };
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        Directory directory = new ByteBuffersDirectory()) {
      ArticleDocuments documents = new ArticleDocuments(analyzers);
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
        for (int i = 0; i < 70; i++) {
          writer.addDocument(
              documents.toDocument(
                  Article.builder()
                      .id("a" + i)
                      .title("T")
                      .body(bodies[i % bodies.length])
                      .lang("en")
                      .build()));
          if (i % 20 == 19) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String text :
            List.of("Kazakhstan", "Kyrgyzstan", "Astana", "Kazakhstan Kyrgyzstan", "Астана")) {
          assertThat(floor(searcher, analyzers, text))
              .as(text + " in " + reader.leaves().size() + " segments")
              .isEqualTo(estimate(searcher, analyzers, text))
              .isPositive();
        }
      }
    }
  }

  private static long floor(IndexSearcher searcher, DragomanAnalyzers analyzers, String text)
      throws IOException {
    IndexedTerms terms =
        IndexedTerms.lookUp(searcher, DragomanQueryParser.parse(text, analyzers, false));
    return CostFloor.of(
        searcher.rewrite(searchQuery(terms.query(), text)),
        terms,
        searcher.getIndexReader().leaves().size());
  }

  /** Lucene's estimate: the scorers' cost, which the one pass builds a weight for. */
  private static long estimate(IndexSearcher searcher, DragomanAnalyzers analyzers, String text)
      throws IOException {
    Query resolved =
        IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false));
    return SmallQueryCollection.of(
            searcher, searcher.rewrite(searchQuery(resolved, text)), null, 11)
        .cost();
  }

  private static Query searchQuery(Query resolved, String text) {
    return RequestFilters.apply(resolved, SearchRequest.of(text));
  }
}
