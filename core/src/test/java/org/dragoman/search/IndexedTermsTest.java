package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dragoman.TestCorpus;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Terms looked up once per search: the same hits with the same scores, absent name keys left out,
 * repeated synonym keys counted once, the query in the form Lucene's rewrite gives it.
 */
class IndexedTermsTest {

  static CorpusTestIndex index;
  static DragomanAnalyzers analyzers;
  static DirectoryReader reader;
  static IndexSearcher searcher;

  @BeforeAll
  static void indexCorpus() throws IOException {
    List<Article> articles = new ArrayList<>(TestCorpus.kremlin());
    articles.addAll(TestCorpus.ungdc());
    // Several segments: lookups must register each.
    index = CorpusTestIndex.of(articles);
    analyzers = index.analyzers;
    reader = index.reader;
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void findsTheSameDocumentsWithTheSameScoresAndTotals() throws IOException {
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    for (String text :
        List.of(
            "Kazakhstan",
            "Казахстан",
            "Tokayev Rahmon",
            "Tajikistan OR Kyrgyzstan",
            "\"Central Asia\"",
            "Astana -Putin",
            "title:Uzbekistan security")) {
      Query parsed = DragomanQueryParser.parse(text, analyzers, false);
      Query resolved = IndexedTerms.resolve(searcher, parsed);

      TopDocs expected = searcher.search(parsed, 50);
      TopDocs actual = searcher.search(resolved, 50);
      assertThat(expected.scoreDocs).as(text).isNotEmpty();
      assertThat(docsAndScores(actual)).as(text).isEqualTo(docsAndScores(expected));
      assertThat(searcher.count(resolved)).as(text).isEqualTo(searcher.count(parsed));
    }
  }

  @Test
  void plainQueriesComeOutInTheFormLuceneRewritesThemTo() throws IOException {
    // Absent keys dropped, one-clause groups unwrapped, nested disjunctions flattened: Lucene's
    // rewrite finds nothing left to change, and returns the query itself.
    for (String text :
        List.of(
            "Kazakhstan",
            "Tajikistan OR Kyrgyzstan",
            "nuclear disarmament",
            "\"Central Asia\"",
            "title:Uzbekistan security")) {
      Query resolved =
          IndexedTerms.resolve(searcher, DragomanQueryParser.parse(text, analyzers, false));
      assertThat(searcher.rewrite(resolved)).as(text).isSameAs(resolved);
    }
  }

  @Test
  void leavesOutNameKeysThatNoSegmentHolds() throws IOException {
    Query parsed = DragomanQueryParser.parse("Kazakhstan", analyzers, false);
    Set<Term> before = terms(parsed);
    Set<Term> after = terms(IndexedTerms.resolve(searcher, parsed));

    assertThat(after).isNotEmpty().hasSizeLessThan(before.size());
    assertThat(before).containsAll(after);
    for (Term term : after) {
      assertThat(reader.docFreq(term)).as(term.toString()).isPositive();
    }
    for (Term term : before) {
      if (reader.docFreq(term) > 0) {
        assertThat(after).as(term.toString()).contains(term);
      }
    }
  }

  @Test
  void aQueryOfAnAbsentWordMatchesNothing() throws IOException {
    Query resolved =
        IndexedTerms.resolve(searcher, DragomanQueryParser.parse("Quuxbarbaz", analyzers, false));

    assertThat(terms(resolved)).isEmpty();
    assertThat(searcher.count(resolved)).isZero();
  }

  @Test
  void aRunOfAbsentWordsMatchesNothingAndLooksNoTermUp() throws IOException {
    // A word before the last of a run also matches its initial right before the next word
    // ("Quuxbarbaz Fizzlewump" as "Q. F."), initials some article may well hold; the absent words
    // themselves leave no clause of their own.
    Query resolved =
        IndexedTerms.resolve(
            searcher, DragomanQueryParser.parse("Quuxbarbaz Fizzlewump", analyzers, false));

    // A required word with no indexed key leaves a required clause that matches nothing: Lucene's
    // rewrite then drops the whole query, and looks no term up.
    assertThat(terms(searcher.rewrite(resolved))).isEmpty();
    assertThat(searcher.count(resolved)).isZero();
  }

  @Test
  void aRepeatedSynonymKeyCountsOnce() throws IOException {
    Term tajikistan = new Term(DragomanAnalyzers.BODY_NAMES, "tajikistan");
    Term tojikiston = new Term(DragomanAnalyzers.BODY_NAMES, "tojikiston");
    SynonymQuery repeated =
        new SynonymQuery.Builder(tajikistan.field())
            .addTerm(tajikistan)
            .addTerm(tajikistan)
            .addTerm(tojikiston)
            .build();
    SynonymQuery once =
        new SynonymQuery.Builder(tajikistan.field())
            .addTerm(tajikistan)
            .addTerm(tojikiston)
            .build();

    TopDocs resolved = searcher.search(IndexedTerms.resolve(searcher, repeated), 20);

    assertThat(docsAndScores(resolved)).isEqualTo(docsAndScores(searcher.search(once, 20)));
    assertThat(docsAndScores(resolved)).isNotEqualTo(docsAndScores(searcher.search(repeated, 20)));
  }

  @Test
  void aQueryTooLargeAsParsedIsRejectedEvenIfFewOfItsWordsAreIndexed() {
    // Two groups of 600 absent words: 1,201 clauses in all, 1 once the absent ones are gone.
    BooleanQuery.Builder tooLarge =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("body", "kazakhstan")), BooleanClause.Occur.MUST);
    for (int group = 0; group < 2; group++) {
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      for (int i = 0; i < 600; i++) {
        words.add(
            new TermQuery(new Term("body", "absent" + group + "x" + i)),
            BooleanClause.Occur.SHOULD);
      }
      tooLarge.add(words.build(), BooleanClause.Occur.SHOULD);
    }

    assertThatThrownBy(() -> IndexedTerms.resolve(searcher, tooLarge.build()))
        .isInstanceOf(IndexSearcher.TooManyClauses.class);
  }

  private static List<String> docsAndScores(TopDocs top) {
    List<String> docs = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      docs.add(hit.doc + ":" + hit.score);
    }
    return docs;
  }

  private static Set<Term> terms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query query, Term... found) {
            terms.addAll(List.of(found));
          }
        });
    return terms;
  }
}
