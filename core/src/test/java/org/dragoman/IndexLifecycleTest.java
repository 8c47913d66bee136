package org.dragoman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.Article;
import org.dragoman.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, locking, committing: what other processes and interrupted runs can rely on. */
class IndexLifecycleTest {

  @TempDir Path dir;

  @Test
  void openExistingRejectsAMissingDirectory() {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> DragomanIndex.openExisting(missing))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageStartingWith("no Dragoman index at " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void openExistingRejectsADirectoryWithoutIndex() {
    assertThatThrownBy(() -> DragomanIndex.openExisting(dir))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("no Dragoman index at " + dir);
  }

  @Test
  void openExistingRejectsAnUnreadableIndex() throws IOException {
    Files.writeString(dir.resolve("segments_1"), "not a Lucene commit");
    assertThatThrownBy(() -> DragomanIndex.openExisting(dir))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("no Dragoman index at " + dir);
  }

  @Test
  void openExistingRejectsALuceneIndexOfAnotherSchema() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "x", Field.Store.YES));
      writer.addDocument(doc);
    }
    assertThatThrownBy(() -> DragomanIndex.openExisting(dir))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("without Dragoman's schema");
    assertThatThrownBy(() -> DragomanIndex.open(dir)).isInstanceOf(IndexUnavailableException.class);
  }

  @Test
  void anIndexOfAnotherSchemaVersionMustBeIndexedAgain() throws IOException {
    for (int version : new int[] {ArticleSchema.VERSION - 1, ArticleSchema.VERSION + 1}) {
      Path old = dir.resolve("v" + version);
      try (Directory directory = FSDirectory.open(old);
          IndexWriter writer =
              new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        writer.setLiveCommitData(
            java.util.Map.of(ArticleSchema.VERSION_KEY, String.valueOf(version)).entrySet());
        writer.commit();
      }
      String olderOrNewer = version < ArticleSchema.VERSION ? "an older" : "a newer";
      String expected =
          "index at "
              + old
              + " was written by "
              + olderOrNewer
              + " Dragoman (schema version "
              + version
              + "; this one reads version "
              + ArticleSchema.VERSION
              + "): re-index the articles into a new directory";
      assertThatThrownBy(() -> DragomanIndex.openExisting(old))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessage(expected);
      assertThatThrownBy(() -> DragomanIndex.open(old))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessage(expected);
      if (version < ArticleSchema.VERSION) {
        assertThatThrownBy(() -> DragomanIndex.openExisting(old))
            .isInstanceOfSatisfying(
                IndexSchemaTooOldException.class,
                e -> {
                  assertThat(e.foundVersion()).isEqualTo(version);
                  assertThat(e.readableVersion()).isEqualTo(ArticleSchema.VERSION);
                });
      } else {
        assertThatThrownBy(() -> DragomanIndex.openExisting(old))
            .isNotInstanceOf(IndexSchemaTooOldException.class);
      }
    }
  }

  @Test
  void openCreatesAnEmptySearchableIndexWithTheSchemaVersion() throws IOException {
    Path created = dir.resolve("new");
    try (DragomanIndex index = DragomanIndex.open(created)) {
      assertThat(index.search(SearchRequest.of("Tokayev")).total()).isZero();
      assertThat(index.stats().documents()).isZero();
    }
    try (DragomanIndex index = DragomanIndex.openExisting(created)) {
      index.addArticles(List.of(TestCorpus.kazinform()));
    }
    try (Directory directory = FSDirectory.open(created)) {
      assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
          .containsEntry(ArticleSchema.VERSION_KEY, String.valueOf(ArticleSchema.VERSION));
    }
  }

  @Test
  void searchersDoNotLockAndSeeCommitsOfAnotherWriter() throws IOException {
    try (DragomanIndex searcher = DragomanIndex.open(dir);
        DragomanIndex writer = DragomanIndex.open(dir)) {
      assertThat(searcher.search(SearchRequest.of("Dushanbe")).total()).isZero();
      writer.addArticles(List.of(TestCorpus.kazinform()));
      // The searching instance has no writer: it reads commits from the directory.
      assertThat(searcher.search(SearchRequest.of("Dushanbe")).total()).isEqualTo(1);
      assertThat(searcher.stats().documents()).isEqualTo(1);
      // Only one writer at a time: the second one is told who holds the lock.
      assertThatThrownBy(() -> searcher.addArticles(List.of(TestCorpus.kazinform())))
          .isInstanceOf(IndexLockedException.class)
          .hasMessage(
              "index "
                  + dir
                  + " is locked by another process (lock file "
                  + dir.resolve("write.lock")
                  + "): try again when it has finished writing");
    }
  }

  @Test
  void aSearcherSeesACommitOfAnotherWriterLongAfterItsLastLook() throws IOException {
    try (DragomanIndex searcher = DragomanIndex.open(dir)) {
      // The directory unchanged for an hour: the searcher stops listing it on every search.
      Files.setLastModifiedTime(
          dir, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
      assertThat(searcher.search(SearchRequest.of("Dushanbe")).total()).isZero();
      assertThat(searcher.search(SearchRequest.of("Dushanbe")).total()).isZero();
      try (DragomanIndex writer = DragomanIndex.open(dir)) {
        writer.addArticles(List.of(TestCorpus.kazinform()));
      }
      assertThat(searcher.search(SearchRequest.of("Dushanbe")).total()).isEqualTo(1);
    }
  }

  @Test
  void anInterruptedRunLeavesItsLastPeriodicCommitReadable() throws IOException {
    List<Article> kremlin = TestCorpus.kremlin();
    DragomanOptions options = DragomanOptions.defaults().withThreads(1).withCommitEvery(10);
    Iterable<Article> failingAfter25 =
        () ->
            new Iterator<>() {
              int next;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Article next() {
                if (next == 25) {
                  throw new IllegalStateException("source broke after 25 articles");
                }
                if (next >= kremlin.size()) {
                  throw new NoSuchElementException();
                }
                return kremlin.get(next++);
              }
            };
    try (DragomanIndex index = DragomanIndex.open(dir, options)) {
      assertThatThrownBy(() -> index.addArticles(failingAfter25))
          .hasMessage("source broke after 25 articles");
      // Another process (here: a plain reader of the directory) sees the last commit.
      try (Directory directory = FSDirectory.open(dir);
          DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.numDocs()).isEqualTo(20);
      }
    }
  }
}
