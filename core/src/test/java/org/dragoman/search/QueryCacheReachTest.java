package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Lucene's query cache, as an {@link IndexSearcher} sets it up, keeps nothing for segments under
 * {@value QueryCacheReach#MIN_CACHED_SEGMENT_DOCS} documents, and {@link QueryCacheReach} says so.
 */
class QueryCacheReachTest {

  private static final QueryCachingPolicy ALWAYS =
      new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
          return true;
        }
      };

  @Test
  void aSegmentUnderTheLimitIsNotCachedAndOneAtTheLimitIs() throws IOException {
    for (int docs :
        new int[] {
          QueryCacheReach.MIN_CACHED_SEGMENT_DOCS - 1, QueryCacheReach.MIN_CACHED_SEGMENT_DOCS
        }) {
      try (Directory directory = oneSegment(docs);
          DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Lucene's default cache, made to take every query, so that only its segment rule decides.
        LRUQueryCache cache = new LRUQueryCache(1000, 1 << 20);
        searcher.setQueryCache(cache);
        searcher.setQueryCachingPolicy(ALWAYS);
        Query query =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term("word", "even")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("word", "odd")), BooleanClause.Occur.SHOULD)
                .build();
        searcher.count(query);
        searcher.count(query);
        boolean cached = cache.getCacheSize() > 0;
        assertThat(cached).as(docs + " documents").isEqualTo(QueryCacheReach.coversAny(searcher));
        assertThat(cached).as(docs + " documents").isEqualTo(docs >= 10_000);
      }
    }
  }

  @Test
  void aSearcherWithoutQueryCacheIsNotCovered() throws IOException {
    try (Directory directory = oneSegment(QueryCacheReach.MIN_CACHED_SEGMENT_DOCS);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(QueryCacheReach.coversAny(searcher)).isTrue();
      searcher.setQueryCache(null);
      assertThat(QueryCacheReach.coversAny(searcher)).isFalse();
    }
  }

  private static Directory oneSegment(int docs) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64))) {
      for (int i = 0; i < docs; i++) {
        Document doc = new Document();
        doc.add(new StringField("word", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    return directory;
  }
}
