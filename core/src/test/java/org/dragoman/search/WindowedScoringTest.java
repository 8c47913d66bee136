package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * The windowed pass finds, scores and counts exactly what Lucene's own scorers do, a document at a
 * time: the same live matches in index order, each with the same score to the last bit. Checked on
 * random indexes (several segments, updates, deletions) for every kind of query the parser builds,
 * with and without date, source and language filters, and with windows from one document to the
 * pass's own size, so that matches fall on every side of window boundaries.
 */
class WindowedScoringTest {

  private static final String[] QUERIES = RandomArticleIndex.QUERIES;

  @Test
  void matchesScoresAndTotalsEqualLuceneScorersOnRandomIndexes() throws IOException {
    RandomArticleIndex.check(
        8,
        (searcher, analyzers, random, ids, where) -> {
          for (int i = 0; i < 25; i++) {
            String text = QUERIES[random.nextInt(QUERIES.length)];
            SearchRequest request = withRandomFilters(text, random);
            Query query = query(searcher, analyzers, request);
            int window = random.nextBoolean() ? WindowedScoring.WINDOW : 1 + random.nextInt(300);
            String context = where + " " + text + " " + request + " window " + window;

            Matches expected = new Matches();
            long expectedTotal =
                MatchLoop.collectAll(
                    searcher, searcher.createWeight(query, ScoreMode.COMPLETE, 1f), expected);
            Matches actual = new Matches();
            long total = WindowedScoring.of(searcher, query, window).collectAll(searcher, actual);

            assertThat(actual.found).as(context).isEqualTo(expected.found);
            assertThat(total).as(context).isEqualTo(expectedTotal);
            assertThat(total).as(context).isEqualTo(searcher.count(query));
          }
        });
  }

  @Test
  void aTermOfAFieldWithoutNormsScoresAsLucenesTermScorer() throws IOException {
    // The parser scores only fields with norms; a query of one's own may score a keyword field.
    RandomArticleIndex.check(
        4,
        (searcher, analyzers, random, ids, where) -> {
          Query query =
              searcher.rewrite(
                  new BooleanQuery.Builder()
                      .add(new TermQuery(new Term("body", "alpha")), BooleanClause.Occur.SHOULD)
                      .add(
                          new TermQuery(new Term(ArticleSchema.SOURCE, "kremlin")),
                          BooleanClause.Occur.SHOULD)
                      .build());
          Matches expected = new Matches();
          long expectedTotal =
              MatchLoop.collectAll(
                  searcher, searcher.createWeight(query, ScoreMode.COMPLETE, 1f), expected);
          WindowedScoring pass = WindowedScoring.of(searcher, query, 1 + random.nextInt(300));
          Matches actual = new Matches();
          assertThat(pass.collectAll(searcher, actual)).as(where).isEqualTo(expectedTotal);
          assertThat(actual.found).as(where).isEqualTo(expected.found);
          assertThat(pass.describe()).as(where).isEqualTo("sum(term, term)");
        });
  }

  @Test
  void passesOnSeveralThreadsAtOnceKeepTheirWindowArraysApart() throws Exception {
    // The window arrays come from a pool the threads share: a pass must never be handed an array
    // another pass is using, nor one left uncleared.
    RandomArticleIndex.check(
        2,
        (searcher, analyzers, random, ids, where) -> {
          List<Query> queries = new ArrayList<>();
          List<List<String>> expected = new ArrayList<>();
          for (String text : QUERIES) {
            Query query = query(searcher, analyzers, SearchRequest.of(text));
            Matches matches = new Matches();
            MatchLoop.collectAll(
                searcher, searcher.createWeight(query, ScoreMode.COMPLETE, 1f), matches);
            queries.add(query);
            expected.add(matches.found);
          }
          List<Thread> threads = new ArrayList<>();
          List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
          for (int t = 0; t < 4; t++) {
            int offset = t;
            threads.add(
                Thread.ofPlatform()
                    .start(
                        () -> {
                          try {
                            for (int i = 0; i < 40; i++) {
                              int q = (offset + i) % queries.size();
                              Matches actual = new Matches();
                              WindowedScoring.of(searcher, queries.get(q))
                                  .collectAll(searcher, actual);
                              assertThat(actual.found)
                                  .as(where + " " + QUERIES[q])
                                  .isEqualTo(expected.get(q));
                            }
                          } catch (Throwable e) {
                            failures.add(e);
                          }
                        }));
          }
          for (Thread thread : threads) {
            try {
              thread.join();
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
          }
          assertThat(failures).as(where).isEmpty();
        });
  }

  @Test
  void aConjunctionOfWordsIsTakenApartDownToItsTerms() throws IOException {
    // The shape the pass is for: its sums hold term scorers, not one opaque boolean clause.
    int[] shaped = {0};
    RandomArticleIndex.check(
        6,
        (searcher, analyzers, random, ids, where) -> {
          Query query = query(searcher, analyzers, SearchRequest.of("alpha beta"));
          if (query instanceof MatchNoDocsQuery) {
            return; // a small random index without one of the words: nothing to take apart
          }
          shaped[0]++;
          assertThat(WindowedScoring.of(searcher, query).describe())
              .as(where)
              .startsWith("all(")
              .contains("term")
              .doesNotContain("BooleanQuery");
        });
    assertThat(shaped[0]).as("random indexes holding both words").isPositive();
  }

  @Test
  void spellingsOfANameInOneFieldScoreAsLuceneSynonymQueryScoresThem() throws IOException {
    // Articles without a language key every word in the name fields, so a name's spellings
    // (aliases of Kazakhstan, variants of Tokayev) are a synonym group with several terms present.
    String[] spellings = {"Kazakhstan", "Kazakstan", "Qazaqstan", "Tokayev", "Tokaev", "Токаев"};
    String[] queries = {
      "Kazakhstan", "Qazaqstan", "Tokayev", "Kazakhstan Tokayev", "Tokaev OR Astana"
    };
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (int round = 0; round < 4; round++) {
        try (Directory directory = new ByteBuffersDirectory()) {
          IndexWriterConfig config =
              new IndexWriterConfig(analyzers.indexAnalyzer())
                  .setMaxBufferedDocs(20 + random.nextInt(400));
          ArticleDocuments documents = new ArticleDocuments(analyzers);
          try (IndexWriter writer = new IndexWriter(directory, config)) {
            int count = random.nextInt(1500);
            for (int i = 0; i < count; i++) {
              StringBuilder body = new StringBuilder();
              for (int w = 1 + random.nextInt(8); w > 0; w--) {
                body.append(
                        random.nextBoolean()
                            ? spellings[random.nextInt(spellings.length)]
                            : "Astana talks")
                    .append(' ');
              }
              String id = "a" + random.nextInt(Math.max(1, count));
              String title =
                  random.nextBoolean() ? spellings[random.nextInt(spellings.length)] : "T";
              writer.updateDocument(
                  ArticleDocuments.idTerm(id),
                  documents.toDocument(
                      Article.builder().id(id).title(title).body(body.toString()).build()));
            }
          }
          try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String text : queries) {
              IndexedTerms terms =
                  IndexedTerms.lookUp(searcher, DragomanQueryParser.parse(text, analyzers, false));
              Query query = searcher.rewrite(terms.query());
              int window = random.nextBoolean() ? WindowedScoring.WINDOW : 1 + random.nextInt(200);
              // The group's statistics from the search's own lookup, or looked up by the pass.
              KnownTerms known = random.nextBoolean() ? terms : KnownTerms.NONE;
              String context =
                  "seed " + seed + " round " + round + " " + text + " window " + window;
              Matches expected = new Matches();
              long expectedTotal =
                  MatchLoop.collectAll(
                      searcher, searcher.createWeight(query, ScoreMode.COMPLETE, 1f), expected);
              WindowedScoring pass = WindowedScoring.of(searcher, query, known, window);
              Matches actual = new Matches();
              assertThat(pass.collectAll(searcher, actual)).as(context).isEqualTo(expectedTotal);
              assertThat(actual.found).as(context).isEqualTo(expected.found);
              if (text.equals("Kazakhstan") && reader.numDocs() > 200) {
                assertThat(pass.describe()).as(context).contains("synonyms");
              }
            }
          }
        }
      }
    }
  }

  private static SearchRequest withRandomFilters(String text, Random random) {
    SearchRequest.Builder request = SearchRequest.builder(text);
    if (random.nextInt(3) == 0) {
      // The random articles' days are 18,000 to 18,011 days after 1970, and some 2019.
      request.from(ArticleDate.parse(random.nextBoolean() ? "2019" : "2019-04-14"));
    }
    if (random.nextInt(3) == 0) {
      request.to(ArticleDate.parse(random.nextBoolean() ? "2019-04-20" : "2020"));
    }
    if (random.nextInt(4) == 0) {
      request.source(random.nextBoolean() ? "Kremlin" : "Kazinform");
    }
    if (random.nextInt(4) == 0) {
      request.lang("en");
    }
    return request.build();
  }

  private static Query query(
      IndexSearcher searcher, DragomanAnalyzers analyzers, SearchRequest request)
      throws IOException {
    return searcher.rewrite(
        RequestFilters.apply(
            IndexedTerms.resolve(
                searcher, DragomanQueryParser.parse(request.query(), analyzers, false)),
            request));
  }

  /** Every collected document (index-wide number) with its score. */
  private static final class Matches extends SimpleCollector {
    final List<String> found = new ArrayList<>();
    private Scorable scorer;
    private int docBase;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      found.add((docBase + doc) + ":" + Float.floatToIntBits(scorer.score()));
    }
  }
}
