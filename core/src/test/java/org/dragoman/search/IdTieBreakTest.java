package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.index.ArticleSchema;
import org.dragoman.index.HitFields;
import org.dragoman.index.IndexOrder;
import org.junit.jupiter.api.Test;

/**
 * The lazy id tie-break orders hits exactly as Lucene's string sort on the id does, with the same
 * sort values, on every page reached through the last hit of the page before: checked on random
 * indexes of several segments where most scores tie.
 */
class IdTieBreakTest {

  private static final Sort EAGER = new Sort(SortField.FIELD_SCORE, IndexOrder.byId());
  private static final Sort LAZY = new Sort(SortField.FIELD_SCORE, IdTieBreak.sortField());

  @Test
  void pagesEqualLucenesStringSortOnRandomIndexesWithTies() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 8; round++) {
      try (Directory directory = new ByteBuffersDirectory()) {
        buildRandomIndex(directory, random);
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          for (int q = 0; q < 10; q++) {
            Query query = randomTiedQuery(random);
            int pageSize = 1 + random.nextInt(15);
            String context = "seed " + seed + " round " + round + " query " + query;
            checkAllPages(searcher, query, pageSize, context);
          }
        }
      }
    }
  }

  @Test
  void refusesTheReverseOrder() {
    assertThatThrownBy(
            () ->
                IdTieBreak.sortField()
                    .getComparatorSource()
                    .newComparator(ArticleSchema.ID, 10, null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascending only");
  }

  private static void checkAllPages(
      IndexSearcher searcher, Query query, int pageSize, String context) throws IOException {
    FieldDoc after = null;
    int pages = 0;
    while (true) {
      TopFieldDocs eager =
          searcher.search(query, new TopFieldCollectorManager(EAGER, pageSize, after, 1000));
      // The lazy page continues from the eager page's last hit, as a cursor would.
      TopFieldDocs lazy =
          searcher.search(query, new TopFieldCollectorManager(LAZY, pageSize, after, 1000));
      assertThat(describe(lazy)).as(context + " page " + pages).isEqualTo(describe(eager));
      if (eager.scoreDocs.length < pageSize) {
        return;
      }
      after = (FieldDoc) eager.scoreDocs[eager.scoreDocs.length - 1];
      pages++;
    }
  }

  private static String describe(TopFieldDocs docs) {
    StringBuilder text = new StringBuilder();
    for (var hit : docs.scoreDocs) {
      FieldDoc fieldDoc = (FieldDoc) hit;
      text.append(hit.doc)
          .append(' ')
          .append(Arrays.toString(fieldDoc.fields).replace("[", "{").replace("]", "}"))
          .append('\n');
    }
    return text.toString();
  }

  private static Query randomTiedQuery(Random random) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(3);
    for (int i = 0; i < clauses; i++) {
      Query word = new ConstantScoreQuery(new TermQuery(new Term("word", "w" + random.nextInt(4))));
      query.add(new BoostQuery(word, 1 + random.nextInt(2)), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  private static void buildRandomIndex(Directory directory, Random random) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int documents = 50 + random.nextInt(250);
      for (int i = 0; i < documents; i++) {
        Document document = new Document();
        // Random ids, some repeated across segments, some documents without one.
        if (random.nextInt(20) != 0) {
          String id = "id-" + random.nextInt(documents * 2);
          document.add(new StringField(ArticleSchema.ID, id, Field.Store.NO));
          document.add(new SortedDocValuesField(ArticleSchema.ID, new BytesRef(id)));
          // Sort values come from the hit doc value where there is one (as in Dragoman's
          // documents), else from the id dictionary.
          if (random.nextBoolean()) {
            document.add(
                new BinaryDocValuesField(
                    ArticleSchema.HIT, new HitFields(id, null, null, "T", null).encode()));
          }
        }
        for (int w = 0; w < 4; w++) {
          if (random.nextBoolean()) {
            document.add(new StringField("word", "w" + w, Field.Store.NO));
          }
        }
        writer.addDocument(document);
        if (random.nextInt(40) == 0) {
          writer.commit();
        }
      }
    }
  }
}
