package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.dragoman.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snippets read with postings advanced from hit to hit are exactly the snippets of the
 * highlighter's own postings strategy, which looks every term up again for each hit: same marks in
 * the same titles and passages, for words, names in other scripts, aliases, phrases, patterns and
 * boolean queries, on the Kremlin articles in several segments.
 */
class ReusedPostingsOffsetsTest {

  private static final List<String> QUERIES =
      List.of(
          "Tokayev",
          "Токаев",
          "Rahmon OR Mirziyoyev",
          "\"Central Asia\"",
          "Kassym-Jomart Tokayev",
          "CSTO",
          "Astana talks",
          "energ*",
          "title:Kazakhstan",
          "Putin -Tokayev",
          "Dushanbe Tashkent Bishkek");

  private static CorpusTestIndex index;

  @BeforeAll
  static void indexKremlinArticles() throws IOException {
    // Several segments: the strategy starts over in each.
    index = CorpusTestIndex.of(TestCorpus.kremlin());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void snippetsEqualThoseOfTheHighlightersOwnStrategy() throws IOException {
    assertThat(index.reader.leaves()).hasSizeGreaterThan(2);
    IndexSearcher searcher = new IndexSearcher(index.reader);
    Snippets reused = new Snippets(index.analyzers, true);
    Snippets lookedUpEachHit = new Snippets(index.analyzers, false);
    int marked = 0;
    for (String text : QUERIES) {
      Query query =
          IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, index.analyzers, false));
      TopDocs page = searcher.search(query, 40);
      Snippets.Highlights expected = lookedUpEachHit.of(searcher, query, page, Set.of());
      Snippets.Highlights actual = reused.of(searcher, query, page, Set.of());
      assertThat(Arrays.asList(actual.titles()))
          .as(text)
          .isEqualTo(Arrays.asList(expected.titles()));
      assertThat(Arrays.asList(actual.bodies()))
          .as(text)
          .isEqualTo(Arrays.asList(expected.bodies()));
      marked += countMarked(actual.bodies());
    }
    // The comparison is about marks: the pages must have some.
    assertThat(marked).isGreaterThan(100);
  }

  private static int countMarked(String[] snippets) {
    return (int) Arrays.stream(snippets).filter(s -> s.contains("<mark>")).count();
  }
}
