package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The heap copy of a segment's norms reads as Lucene's term scorer reads the norms. */
class HeapNormsTest {

  @Test
  void eachDocumentsNormIsLucenesAndOneWhereItHasNone() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(text("body", "one"));
        writer.addDocument(text("title", "no body at all")); // no norm in body
        writer.addDocument(text("body", "a longer body with several more words in it"));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        byte[] norms = HeapNorms.of(leaf, "body");
        NumericDocValues lucene = leaf.getNormValues("body");
        assertThat(lucene.advanceExact(0)).isTrue();
        assertThat(norms[0]).isEqualTo((byte) lucene.longValue());
        assertThat(lucene.advanceExact(1)).isFalse();
        assertThat(norms[1]).isEqualTo((byte) 1);
        assertThat(lucene.advanceExact(2)).isTrue();
        assertThat(norms[2]).isEqualTo((byte) lucene.longValue()).isNotEqualTo(norms[0]);
      }
    }
  }

  @Test
  void threadsAskingForANewSegmentsNormsAtOnceAllGetThem() throws Exception {
    // Searches on several threads reach a segment just opened together: none may take the
    // moment another is storing the norms it read for "no norms" (which scores as norm 1). The
    // threads start a few microseconds apart, so that some ask while another stores.
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 1000; round++) {
        try (Directory directory = new ByteBuffersDirectory()) {
          try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < 100; i++) {
              writer.addDocument(text("body", "document " + i));
            }
          }
          try (DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<byte[]>> found = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
              long delay = t * 500L;
              found.add(
                  pool.submit(
                      () -> {
                        start.await();
                        long until = System.nanoTime() + delay;
                        while (System.nanoTime() < until) {
                          Thread.onSpinWait();
                        }
                        return HeapNorms.of(leaf, "body");
                      }));
            }
            for (Future<byte[]> norms : found) {
              assertThat(norms.get()).as("round " + round).isNotNull().hasSize(leaf.maxDoc());
            }
          }
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFieldWithoutNormsHasNone() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        Document doc = new Document();
        doc.add(new StringField("id", "a1", Field.Store.NO)); // keyword fields omit norms
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(HeapNorms.of(reader.leaves().get(0).reader(), "id")).isNull();
        assertThat(HeapNorms.of(reader.leaves().get(0).reader(), "absent")).isNull();
      }
    }
  }

  @Test
  void aSegmentsNormsAreReadOnceAndDroppedWhenItCloses() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(text("body", "one"));
      }
      int before = HeapNorms.segmentsKept();
      DirectoryReader reader = DirectoryReader.open(directory);
      LeafReader leaf = reader.leaves().get(0).reader();
      byte[] first = HeapNorms.of(leaf, "body");
      assertThat(HeapNorms.of(leaf, "body")).isSameAs(first);
      assertThat(HeapNorms.segmentsKept()).isEqualTo(before + 1);
      reader.close();
      assertThat(HeapNorms.segmentsKept()).isEqualTo(before);
    }
  }

  @Test
  void aNormLargerThanAByteIsRefused() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(new StandardAnalyzer()).setSimilarity(new LongNorms());
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        writer.addDocument(text("body", "one"));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThatThrownBy(() -> HeapNorms.of(reader.leaves().get(0).reader(), "body"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("norm 1000 of document 0 in field body is not one byte");
      }
    }
  }

  private static Document text(String field, String text) {
    Document doc = new Document();
    doc.add(new TextField(field, text, Field.Store.NO));
    return doc;
  }

  /** A similarity whose norms do not fit a byte. */
  private static final class LongNorms extends Similarity {
    @Override
    public long computeNorm(FieldInvertState state) {
      return 1000;
    }

    @Override
    public SimScorer scorer(
        float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
      return new BM25Similarity().scorer(boost, collectionStats, termStats);
    }
  }
}
