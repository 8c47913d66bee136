package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.model.Article;
import org.dragoman.model.Match;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Explanations, title highlights and related articles work for any analysis that {@link
 * DragomanAnalyzers} declares: here extra accent-folding fields ({@code title.names}, {@code
 * body.names}) stand in for the transliterating name fields. A query typed without accents reports
 * and marks the accented spelling of the article.
 */
class OtherAnalysisInsightsTest {

  static DragomanAnalyzers analyzers;
  static Directory directory;
  static DirectoryReader reader;
  static ArticleSearcher articles;

  @BeforeAll
  static void index() throws IOException {
    Analyzer english = new EnglishAnalyzer();
    Analyzer folded =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .build();
    analyzers =
        DragomanAnalyzers.of(
            List.of(
                new FullTextField("title", ArticleText.TITLE, 2f, false),
                new FullTextField("body", ArticleText.BODY, 1f, false),
                new FullTextField("title.names", ArticleText.TITLE, 1f, true),
                new FullTextField("body.names", ArticleText.BODY, 0.5f, true)),
            Map.of("title", english, "body", english, "title.names", folded, "body.names", folded));
    directory = new ByteBuffersDirectory();
    ArticleDocuments documents = new ArticleDocuments(analyzers);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
      writer.addDocument(
          documents.toDocument(
              Article.builder()
                  .id("fr-1")
                  .title("Tokaïev à Douchanbé")
                  .body("Le président Tokaïev est arrivé à Douchanbé. Tokaïev a rencontré Rahmon.")
                  .build()));
      writer.addDocument(
          documents.toDocument(
              Article.builder()
                  .id("fr-2")
                  .title("Rahmon reçoit Tokaïev")
                  .body("Douchanbé: Rahmon et Tokaïev ont signé un traité. Tokaïev repart.")
                  .build()));
      for (String city : List.of("Paris", "Lyon", "Nice", "Lille", "Brest")) {
        writer.addDocument(
            documents.toDocument(
                Article.builder()
                    .id("météo-" + city)
                    .title("Météo")
                    .body("Il pleut à " + city + ".")
                    .build()));
      }
    }
    reader = DirectoryReader.open(directory);
    articles = new ArticleSearcher(analyzers);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    analyzers.close();
  }

  @Test
  void theArticlesSpellingIsReportedForTheTypedWord() throws IOException {
    SearchResult result =
        articles.search(
            new IndexSearcher(reader), SearchRequest.builder("Tokaiev").explain(true).build());
    assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("fr-1", "fr-2");
    SearchHit first = result.hits().stream().filter(h -> h.id().equals("fr-1")).findFirst().get();
    assertThat(first.matches())
        .containsExactly(
            new Match("Tokaiev", "Tokaïev", "title.names"),
            new Match("Tokaiev", "Tokaïev", "body.names"));
  }

  @Test
  void titlesMarkTheSpellingFoundThroughAnotherAnalysis() throws IOException {
    SearchResult result = articles.search(new IndexSearcher(reader), SearchRequest.of("Douchanbe"));
    assertThat(result.hits())
        .extracting(SearchHit::titleSnippet)
        .contains("Tokaïev à <mark>Douchanbé</mark>");
  }

  @Test
  void relatedArticlesMatchThroughEveryField() throws IOException {
    SearchResult related =
        new RelatedArticles(analyzers).related(new IndexSearcher(reader), "fr-1", 5);
    assertThat(related.hits()).extracting(SearchHit::id).containsExactly("fr-2");
  }
}
