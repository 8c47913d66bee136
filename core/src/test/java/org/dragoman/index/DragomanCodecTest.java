package org.dragoman.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dragoman.DragomanIndex;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dragoman writes its segments with its own codec (small stored-fields chunks, a filter of each
 * field's terms), finds it again by name when an index is reopened, and still reads segments that
 * Lucene's default codec wrote.
 */
class DragomanCodecTest {

  @TempDir Path dir;

  @Test
  void theServiceLoaderFindsTheCodecByItsName() {
    assertThat(Codec.forName(DragomanCodec.NAME)).isInstanceOf(DragomanCodec.class);
    assertThat(Codec.availableCodecs()).contains(DragomanCodec.NAME);
  }

  @Test
  void segmentsAreWrittenWithTheCodecAndReadBackWithSnippets() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(articles(0, 40));
    }
    assertThat(codecNames()).containsOnly(DragomanCodec.NAME);
    try (DragomanIndex index = DragomanIndex.openExisting(dir)) {
      SearchResult result = index.search(SearchRequest.of("Dushanbe"));
      assertThat(result.total()).isEqualTo(40);
      assertThat(result.hits()).allMatch(hit -> hit.snippet().contains("<mark>Dushanbe</mark>"));
      assertThat(bodyOf(index, "a7")).contains("talks number 7 in Dushanbe");
    }
  }

  @Test
  void everyFieldsPostingsCarryATermFilter() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(articles(0, 10));
    }
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (FieldInfo field : leaf.reader().getFieldInfos()) {
          if (field.getIndexOptions() != IndexOptions.NONE) {
            assertThat(field.getAttribute(PerFieldPostingsFormat.PER_FIELD_FORMAT_KEY))
                .as(field.name)
                .isEqualTo(TermFilterPostingsFormat.NAME);
          }
        }
        Terms names = leaf.reader().terms(DragomanAnalyzers.BODY_NAMES);
        BytesRef first = BytesRef.deepCopyOf(names.iterator().next());
        TermsEnum lookUp = names.iterator();
        assertThat(lookUp.seekExact(new BytesRef("qasaqstan"))).isFalse();
        assertThat(lookUp.seekExact(first)).isTrue();
        assertThat(lookUp.docFreq()).isPositive();
      }
    }
  }

  @Test
  void theFiltersAreWrittenBesideThePostings() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        IndexWriter writer =
            new IndexWriter(
                directory,
                IndexStore.layout(new IndexWriterConfig(analyzers.indexAnalyzer()))
                    .setUseCompoundFile(false))) {
      ArticleDocuments documents = new ArticleDocuments(analyzers);
      for (Article article : articles(0, 40)) {
        writer.addDocument(documents.toDocument(article));
      }
      writer.commit();
      writer.forceMerge(1); // a merge writes the filters again, from the segments' own postings
    }
    try (Directory directory = FSDirectory.open(dir)) {
      List<String> filters =
          Arrays.stream(directory.listAll())
              .filter(f -> f.endsWith("." + TermFilterPostingsFormat.EXTENSION))
              .toList();
      assertThat(filters).isNotEmpty();
      for (String file : filters) {
        // A block of 64 bytes at least for each indexed field: id, source, lang, title, body,
        // title.names, body.names, spelling and more. A field whose filter was left out, or
        // none written, fails this.
        assertThat(directory.fileLength(file)).as(file).isGreaterThan(8L * TermFilter.BLOCK_BYTES);
      }
    }
  }

  @Test
  void segmentsOfLucenesDefaultCodecStayReadableBesideNewOnes() throws IOException {
    try (DragomanIndex index = DragomanIndex.open(dir)) {
      index.addArticles(articles(0, 30));
    }
    // An index of an earlier Dragoman: the same segments rewritten by Lucene's default codec.
    try (Directory directory = FSDirectory.open(dir);
        DragomanAnalyzers analyzers = DragomanAnalyzers.standard();
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(analyzers.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setIndexSort(IndexOrder.NEWEST_FIRST)
                    .setCodec(Codec.getDefault()))) {
      writer.forceMerge(1);
      writer.commit();
    }
    assertThat(codecNames()).containsOnly(Codec.getDefault().getName());
    try (DragomanIndex index = DragomanIndex.openExisting(dir)) {
      index.addArticles(articles(30, 40));
    }
    assertThat(codecNames()).contains(Codec.getDefault().getName(), DragomanCodec.NAME);
    try (DragomanIndex index = DragomanIndex.openExisting(dir)) {
      assertThat(index.search(SearchRequest.of("Dushanbe")).total()).isEqualTo(40);
      assertThat(bodyOf(index, "a3")).contains("talks number 3 in Dushanbe");
      assertThat(bodyOf(index, "a33")).contains("talks number 33 in Dushanbe");
    }
  }

  @Test
  void storedFieldsOfEverySizeReadBackExactlyInAnyOrder() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    List<byte[]> blobs = new ArrayList<>();
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig()
                    .setCodec(new DragomanCodec())
                    .setMaxBufferedDocs(2 + random.nextInt(300)))) {
      int documents = 1 + random.nextInt(2_000);
      for (int i = 0; i < documents; i++) {
        // Empty, short, about a chunk, several chunks; repetitive text and noise.
        int length =
            switch (random.nextInt(4)) {
              case 0 -> 0;
              case 1 -> random.nextInt(50);
              case 2 -> random.nextInt(2 * DragomanCodec.CHUNK_BYTES);
              default -> random.nextInt(20 * DragomanCodec.CHUNK_BYTES);
            };
        String text =
            random.nextBoolean()
                ? "Тоқаев and Rahmon met in Dushanbe. ".repeat(length / 34 + 1).substring(0, length)
                : randomText(random, length);
        byte[] blob = new byte[random.nextInt(3 * DragomanCodec.CHUNK_BYTES)];
        random.nextBytes(blob);
        texts.add(text);
        blobs.add(blob);
        Document doc = new Document();
        doc.add(new StoredField("text", text));
        doc.add(new StoredField("blob", blob));
        doc.add(new StoredField("number", i));
        writer.addDocument(doc);
      }
      if (random.nextBoolean()) {
        writer.forceMerge(1);
      }
    }
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < reader.maxDoc(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      for (int doc : order) {
        Document read = stored.document(doc);
        int i = read.getField("number").numericValue().intValue();
        assertThat(read.get("text")).as("seed " + seed + " document " + i).isEqualTo(texts.get(i));
        BytesRef blob = read.getBinaryValue("blob");
        assertThat(Arrays.copyOfRange(blob.bytes, blob.offset, blob.offset + blob.length))
            .as("seed " + seed + " document " + i)
            .isEqualTo(blobs.get(i));
      }
      assertThat(reader.maxDoc()).isEqualTo(texts.size());
      CheckIndex.Status status;
      try (CheckIndex check = new CheckIndex(directory)) {
        status = check.checkIndex();
      }
      assertThat(status.clean).as("seed " + seed).isTrue();
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.appendCodePoint(
          random.nextInt(5) == 0 ? 0x400 + random.nextInt(0x100) : ' ' + random.nextInt(95));
    }
    return text.substring(0, length);
  }

  private List<String> codecNames() throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      List<String> names = new ArrayList<>();
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
        names.add(segment.info.getCodec().getName());
      }
      return names;
    }
  }

  /** The snippet of the article's own hit for a search of its id's words. */
  private static String bodyOf(DragomanIndex index, String id) throws IOException {
    SearchResult result = index.search(SearchRequest.of("id:" + id + " Dushanbe"));
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly(id);
    return result.hits().get(0).snippet().replace("<mark>", "").replace("</mark>", "");
  }

  private static List<Article> articles(int from, int to) {
    List<Article> articles = new ArrayList<>();
    for (int i = from; i < to; i++) {
      articles.add(
          Article.builder()
              .id("a" + i)
              .date("2024-01-" + String.format("%02d", 1 + i % 28))
              .source("Kazinform")
              .title("Talks " + i)
              .body("The talks number " + i + " in Dushanbe covered water and energy.")
              .lang("en")
              .build());
    }
    return articles;
  }
}
