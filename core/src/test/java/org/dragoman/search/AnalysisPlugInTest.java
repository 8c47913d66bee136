package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
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
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * A new analysis plugs in at one place: an extra full-text field declared in {@link
 * DragomanAnalyzers} is indexed from the article text, searched by plain and fielded words (unless
 * the request is exact), and its matches are marked on the stored body.
 */
class AnalysisPlugInTest {

  private static DragomanAnalyzers withFoldedNames() throws IOException {
    Analyzer english = new EnglishAnalyzer();
    Analyzer folded =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .build();
    return DragomanAnalyzers.of(
        List.of(
            new FullTextField("title", ArticleText.TITLE, 2f, false),
            new FullTextField("body", ArticleText.BODY, 1f, false),
            new FullTextField("body.names", ArticleText.BODY, 0.5f, true)),
        Map.of("title", english, "body", english, "body.names", folded));
  }

  @Test
  void anExtraFieldIsIndexedSearchedAndHighlightedOnTheBody() throws IOException {
    Article article =
        Article.builder()
            .id("fr-1")
            .title("Visite d'État")
            .body("Le président Tokaïev est arrivé à Douchanbé pour une visite d'État.")
            .source("Le Monde")
            .build();
    try (DragomanAnalyzers analyzers = withFoldedNames();
        Directory directory = new ByteBuffersDirectory()) {
      Document doc = new ArticleDocuments(analyzers).toDocument(article);
      assertThat(doc.getField("body.names")).isNotNull();
      assertThat(doc.getField("body.names").fieldType().stored()).isFalse();
      assertThat(doc.getField(ArticleSchema.BODY).fieldType().stored()).isTrue();
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        ArticleSearcher articles = new ArticleSearcher(analyzers);

        SearchResult folded = articles.search(searcher, SearchRequest.of("Tokaiev Douchanbe"));
        assertThat(folded.hits()).extracting(SearchHit::id).containsExactly("fr-1");
        assertThat(folded.hits().get(0).snippet())
            .contains("<mark>Tokaïev</mark>")
            .contains("<mark>Douchanbé</mark>");

        assertThat(articles.search(searcher, SearchRequest.of("body:Tokaiev")).total())
            .isEqualTo(1);
        assertThat(articles.search(searcher, SearchRequest.of("title:Tokaiev")).total()).isZero();
        SearchRequest exact = SearchRequest.builder("Tokaiev").exact(true).build();
        assertThat(articles.search(searcher, exact).total()).isZero();
      }
    }
  }

  @Test
  void everyTextNeedsItsStoredField() {
    Analyzer english = new EnglishAnalyzer();
    assertThatThrownBy(
            () ->
                DragomanAnalyzers.of(
                    List.of(new FullTextField("title", ArticleText.TITLE, 1f, false)),
                    Map.of("title", english)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lack the stored field body");
    assertThatThrownBy(
            () ->
                DragomanAnalyzers.of(
                    List.of(
                        new FullTextField("title", ArticleText.TITLE, 1f, false),
                        new FullTextField("body", ArticleText.BODY, 1f, false)),
                    Map.of("title", english)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full-text field body has no analyzer");
    english.close();
  }
}
