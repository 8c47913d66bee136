package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

/** The Lucene document of an article follows {@link ArticleSchema}. */
class ArticleDocumentsTest {

  @Test
  void mapsEveryArticleFieldToTheSchema() {
    Article article =
        Article.builder()
            .id("un-2019-KAZ")
            .date("2019")
            .source("UN General Debate")
            .title("Statement of Kazakhstan")
            .body("Mr. President, ...")
            .lang("EN")
            .url("https://example.org/kaz-2019")
            .citedSource("Akorda")
            .metadata("country", "Kazakhstan")
            .metadata("speaker", "Tokayev")
            .build();
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      Document doc = new ArticleDocuments(analyzers).toDocument(article);
      assertThat(doc.get(ArticleSchema.ID)).isEqualTo("un-2019-KAZ");
      assertThat(doc.get(ArticleSchema.DATE)).isEqualTo("2019");
      assertThat(longs(doc, ArticleSchema.DATE_FIRST_DAY))
          .containsExactly(LocalDate.of(2019, 1, 1).toEpochDay());
      assertThat(longs(doc, ArticleSchema.DATE_LAST_DAY))
          .containsExactly(LocalDate.of(2019, 12, 31).toEpochDay());
      assertThat(doc.getField(ArticleSchema.SOURCE).stringValue()).isEqualTo("un general debate");
      assertThat(doc.get(ArticleSchema.SOURCE_DISPLAY)).isEqualTo("UN General Debate");
      assertThat(doc.get(ArticleSchema.TITLE)).isEqualTo("Statement of Kazakhstan");
      assertThat(doc.get(ArticleSchema.BODY)).isEqualTo("Mr. President, ...");
      assertThat(doc.get(ArticleSchema.LANG)).isEqualTo("en");
      assertThat(doc.get(ArticleSchema.URL)).isEqualTo("https://example.org/kaz-2019");
      // Cited sources: stored as written, indexed in lower case.
      assertThat(doc.getFields(ArticleSchema.CITES))
          .filteredOn(f -> f.fieldType().stored())
          .extracting(IndexableField::stringValue)
          .containsExactly("Akorda");
      assertThat(doc.getFields(ArticleSchema.CITES))
          .filteredOn(f -> f.fieldType().indexOptions() != IndexOptions.NONE)
          .extracting(IndexableField::stringValue)
          .containsExactly("akorda");
      assertThat(doc.get(ArticleSchema.METADATA_PREFIX + "country")).isEqualTo("Kazakhstan");
      assertThat(doc.get(ArticleSchema.METADATA_PREFIX + "speaker")).isEqualTo("Tokayev");
    }
  }

  @Test
  void leavesOutWhatTheArticleLacks() {
    Article article = Article.builder().id("bare").body("Only a body").build();
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      Document doc = new ArticleDocuments(analyzers).toDocument(article);
      assertThat(doc.getFields())
          .extracting(IndexableField::name)
          .containsOnly(
              ArticleSchema.ID,
              ArticleSchema.HIT,
              ArticleSchema.BODY,
              DragomanAnalyzers.BODY_NAMES,
              DragomanAnalyzers.SPELLING);
      assertThat(HitFields.decode(doc.getBinaryValue(ArticleSchema.HIT)))
          .isEqualTo(new HitFields("bare", null, null, "", null));
    }
  }

  @Test
  void givesFacetsTheirDocValuesAndSpellingItsWords() {
    Article article =
        Article.builder()
            .id("k-1")
            .date("2024-08-22")
            .source("Kazinform")
            .lang("EN")
            .title("Tokayev in Dushanbe")
            .body("Talks")
            .build();
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      Document doc = new ArticleDocuments(analyzers).toDocument(article);
      assertThat(sortedValue(doc, ArticleSchema.DATE_YEAR)).isEqualTo("2024");
      assertThat(sortedValue(doc, ArticleSchema.DATE_MONTH)).isEqualTo("2024-08");
      assertThat(sortedValue(doc, ArticleSchema.SOURCE_DISPLAY)).isEqualTo("Kazinform");
      assertThat(sortedValue(doc, ArticleSchema.LANG)).isEqualTo("en");
      assertThat(doc.getFields(DragomanAnalyzers.SPELLING))
          .extracting(IndexableField::stringValue)
          .containsExactly("Tokayev in Dushanbe", "Talks");
      assertThat(doc.getField(DragomanAnalyzers.SPELLING).fieldType().indexOptions())
          .isEqualTo(IndexOptions.DOCS);

      Document yearOnly =
          new ArticleDocuments(analyzers)
              .toDocument(Article.builder().id("un-1").date("2019").body("Speech").build());
      assertThat(sortedValue(yearOnly, ArticleSchema.DATE_YEAR)).isEqualTo("2019");
      assertThat(yearOnly.getField(ArticleSchema.DATE_MONTH)).isNull();
    }
  }

  private static String sortedValue(Document doc, String field) {
    return java.util.Arrays.stream(doc.getFields(field))
        .filter(f -> f.fieldType().docValuesType() == DocValuesType.SORTED)
        .map(f -> f.binaryValue().utf8ToString())
        .findFirst()
        .orElse(null);
  }

  @Test
  void countsUtf8BytesOfText() {
    assertThat(IndexingRun.utf8Length("abc")).isEqualTo(3);
    assertThat(IndexingRun.utf8Length("Тоқаев")).isEqualTo(12);
    assertThat(IndexingRun.utf8Length("😀")).isEqualTo(4);
    assertThat(IndexingRun.utf8Length("\ud800")).isEqualTo(3);
  }

  private static long[] longs(Document doc, String field) {
    return java.util.Arrays.stream(doc.getFields(field))
        .filter(f -> f.numericValue() != null)
        .mapToLong(f -> f.numericValue().longValue())
        .distinct()
        .toArray();
  }
}
