package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

class SpellingWordsTest {

  @Test
  void spellingVocabularyHoldsTheWordsTheTextFieldsIndexAsWritten() throws IOException {
    Article article =
        Article.builder()
            .id("k-1")
            .lang("en")
            .title("Tokayev in Dushanbe")
            .body("The Presidents held TALKS on Kazakhstan's water, 2024.")
            .build();
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      List<String> words =
          spellingTerms(analyzers, new ArticleDocuments(analyzers).toDocument(article));
      // Lower-cased and unstemmed (presidents, not presid); English stop words (in, the, on) are
      // not indexed by the text fields, so they are no words to suggest either; nor is a number,
      // as suggestions share the typed word's first letter.
      assertThat(words)
          .containsExactly(
              "dushanbe", "held", "kazakhstan's", "presidents", "talks", "tokayev", "water");
    }
  }

  @Test
  void aSpellingFieldReadBeforeItsTextFieldAnalysesTheTextItself() throws IOException {
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      Document doc = new Document();
      SpellingWords words = new SpellingWords("Talks in Astana");
      doc.add(
          words.field(
              DragomanAnalyzers.SPELLING,
              ArticleDocuments.SPELLING_TEXT,
              analyzers.indexAnalyzer()));
      doc.add(words.recording("body", ArticleDocuments.STORED_TEXT, analyzers.indexAnalyzer()));
      assertThat(spellingTerms(analyzers, doc)).containsExactly("astana", "in", "talks");
    }
  }

  private static List<String> spellingTerms(DragomanAnalyzers analyzers, Document doc)
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(analyzers.indexAnalyzer()))) {
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Terms terms = MultiTerms.getTerms(reader, DragomanAnalyzers.SPELLING);
        List<String> words = new ArrayList<>();
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          words.add(term.utf8ToString());
        }
        return words;
      }
    }
  }
}
