package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.IndexOrder;
import org.dragoman.model.Article;

/**
 * Random indexes, and a description of a page, for the tests that compare two ways of collecting a
 * page: up to a few thousand short articles of five words (many equal scores), few distinct dates
 * (long runs of equal dates), undated articles, updates, deletions and several segments.
 */
final class RandomArticleIndex {

  /** The words of every article body. */
  static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "omega"};

  /**
   * Queries over {@link #WORDS} of each kind the parser builds: a word, conjunctions, a
   * disjunction, exclusions (from a conjunction and from a disjunction), a conjunction of
   * disjunctions, phrases alone and in a conjunction, a field, every article, and a word no article
   * holds.
   */
  static final String[] QUERIES = {
    "alpha",
    "omega",
    "alpha beta",
    "alpha beta gamma",
    "gamma OR delta",
    "beta -gamma",
    "alpha OR beta -omega",
    "(alpha OR beta) (gamma OR delta)",
    "\"alpha beta\"",
    "\"alpha beta\" gamma",
    "title:T",
    "*",
    "nothingatall"
  };

  private RandomArticleIndex() {}

  /** A check of one random index. */
  @FunctionalInterface
  interface Check {
    /**
     * @param ids the ids {@link #build} used
     * @param where the seed and round, for failure messages
     */
    void run(
        IndexSearcher searcher,
        DragomanAnalyzers analyzers,
        Random random,
        List<String> ids,
        String where)
        throws IOException;
  }

  /**
   * Builds {@code rounds} random indexes from a random seed, which failure messages name, and runs
   * {@code check} on each.
   */
  static void check(int rounds, Check check) throws IOException {
    long seed = Long.getLong("tests.seed", new Random().nextLong());
    Random random = new Random(seed);
    try (DragomanAnalyzers analyzers = DragomanAnalyzers.standard()) {
      for (int round = 0; round < rounds; round++) {
        try (Directory directory = new ByteBuffersDirectory()) {
          List<String> ids = build(directory, analyzers, random);
          try (DirectoryReader reader = DirectoryReader.open(directory)) {
            check.run(
                new IndexSearcher(reader),
                analyzers,
                random,
                ids,
                "seed " + seed + " round " + round);
          }
        }
      }
    }
  }

  /** Indexes up to a few thousand articles; returns the ids used. */
  static List<String> build(Directory directory, DragomanAnalyzers analyzers, Random random)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzers.indexAnalyzer())
            .setIndexSort(IndexOrder.NEWEST_FIRST)
            .setMaxBufferedDocs(50 + random.nextInt(1500));
    if (random.nextBoolean()) {
      config.setMergePolicy(NoMergePolicy.INSTANCE);
    }
    ArticleDocuments documents = new ArticleDocuments(analyzers);
    int count = random.nextInt(5) == 0 ? random.nextInt(20) : random.nextInt(4000);
    // Few distinct days: long runs of equal dates, whose order is by id.
    int days = 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
    List<String> ids = new ArrayList<>();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < count; i++) {
        String id = "a" + random.nextInt(Math.max(1, count));
        ids.add(id);
        Article article = randomArticle(id, days, random);
        // Same id again: the update deletes the earlier one.
        writer.updateDocument(ArticleDocuments.idTerm(id), documents.toDocument(article));
        if (random.nextInt(10) == 0 && !ids.isEmpty()) {
          writer.deleteDocuments(ArticleDocuments.idTerm(ids.get(random.nextInt(ids.size()))));
        }
        if (random.nextInt(500) == 0) {
          writer.commit();
        }
      }
    }
    return ids;
  }

  private static Article randomArticle(String id, int days, Random random) {
    StringBuilder body = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int w = 0; w < length; w++) {
      body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    String date =
        switch (random.nextInt(8)) {
          case 0 -> null; // undated: last in both orders
          case 1 -> "2019"; // a year: its first day
          default -> java.time.LocalDate.ofEpochDay(18_000 + random.nextInt(days)).toString();
        };
    return Article.builder()
        .id(id)
        .date(date)
        .source("Kremlin")
        .title("T " + id)
        .body(body.toString().trim())
        .lang("en")
        .build();
  }

  /** Doc ids with their sort values (score or date, then id), which cursors are made of. */
  static List<String> describe(ScoreDoc[] docs) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc doc : docs) {
      Object[] fields = ((FieldDoc) doc).fields;
      out.add(doc.doc + ":" + fields[0] + ":" + ((BytesRef) fields[1]).utf8ToString());
    }
    return out;
  }
}
