package org.dragoman.benchmarks;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.index.IndexStore;
import org.dragoman.model.Article;

/**
 * Query benchmarks search indexes that are built once and reused by every trial of the same engine
 * and corpus: building the reference corpus takes minutes, and each of the query kinds runs in its
 * own fork. An index is reused only when it was completed over the same corpus file (path, size,
 * modification time) and settings by a jar with the same code for building indexes: the classes
 * that read articles, analyse and write them, and Lucene. A change to searching alone (the search
 * package, the benchmarks themselves) reuses the indexes, so that the effect of a query-side change
 * is measured in minutes.
 */
final class PreparedIndexes {

  private static final String COMPLETE = "dragoman-bench.complete";

  private PreparedIndexes() {}

  /** The directory of a complete index of {@code engine} over the corpus, built if needed. */
  static Path get(String engine, String corpus, int docs, String split) throws Exception {
    Path dir =
        Path.of(System.getProperty("java.io.tmpdir"), "dragoman-bench-indexes")
            .resolve(engine + "-" + key(engine, corpus, docs, split));
    if (Files.exists(dir.resolve(COMPLETE))) {
      return dir;
    }
    TempDirs.delete(dir);
    Files.createDirectories(dir);
    List<Article> articles = BenchmarkCorpus.load(corpus, docs, split);
    switch (engine) {
      case "dragoman" -> {
        try (DragomanIndex index = DragomanIndex.open(dir, DragomanOptions.defaults())) {
          index.addArticles(articles);
        }
      }
      case "lucene" -> {
        try (LuceneBaseline lucene = new LuceneBaseline(dir)) {
          lucene.index(articles, Runtime.getRuntime().availableProcessors());
        }
      }
      default ->
          throw new IllegalArgumentException("engine " + engine + " is not dragoman or lucene");
    }
    mergeToOneSegment(dir, engine);
    Files.writeString(dir.resolve(COMPLETE), engine);
    return dir;
  }

  /**
   * Both engines' indexes are merged to one segment, as a read-only archive would be, so that they
   * compare with the same layout. Left as written, the layout would follow from how each filled its
   * indexing buffer: Dragoman's larger documents (four analysed texts, offsets, a spelling field)
   * fill it sooner and flushed 7-8 segments of the reference corpus where plain Lucene flushed 2,
   * one per indexing thread; each segment repeats the term lookups and scorer set-up of every
   * query.
   */
  private static void mergeToOneSegment(Path dir, String engine) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    if (engine.equals("dragoman")) {
      IndexStore.layout(config); // as Dragoman's writer sorts and writes it
    }
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      writer.forceMerge(1);
      writer.commit(); // keeps the commit data, Dragoman's schema version among it
    }
  }

  /** Jar entries whose code decides what an index holds (prefixes of entry names). */
  private static final List<String> INDEXING_CODE =
      List.of(
          "org/dragoman/analysis/",
          "org/dragoman/index/",
          "org/dragoman/ingest/",
          "org/dragoman/model/",
          "org/dragoman/DragomanIndex",
          "org/dragoman/DragomanOptions",
          "org/dragoman/benchmarks/BenchmarkCorpus",
          "org/dragoman/benchmarks/LuceneBaseline",
          "org/dragoman/benchmarks/PreparedIndexes",
          "org/apache/lucene/",
          "META-INF/services/");

  /**
   * The names and CRCs of the jar's index-building entries (the CRCs are in the jar's directory:
   * nothing is decompressed); outside a jar, as in tests from class directories, the modification
   * time of the code location.
   */
  private static String indexingCode(Path code) throws IOException {
    if (!Files.isRegularFile(code)) {
      return String.valueOf(Files.getLastModifiedTime(code).toMillis());
    }
    StringBuilder entries = new StringBuilder();
    try (ZipFile jar = new ZipFile(code.toFile())) {
      jar.stream()
          .filter(e -> INDEXING_CODE.stream().anyMatch(e.getName()::startsWith))
          .sorted(Comparator.comparing(ZipEntry::getName))
          .forEach(e -> entries.append(e.getName()).append(':').append(e.getCrc()).append('\n'));
    }
    return entries.toString();
  }

  private static String key(String engine, String corpus, int docs, String split)
      throws IOException, URISyntaxException {
    StringBuilder identity = new StringBuilder(engine).append('|').append(docs).append('|');
    identity.append(split).append('|').append(corpus);
    if (corpus != null && !corpus.isBlank() && Files.isRegularFile(Path.of(corpus))) {
      Path file = Path.of(corpus).toAbsolutePath();
      identity.append('|').append(file).append('|').append(Files.size(file));
      identity.append('|').append(Files.getLastModifiedTime(file).toMillis());
    }
    Path code =
        Path.of(PreparedIndexes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    identity.append('|').append(indexingCode(code));
    return Hashing.sha256()
        .hashString(identity, StandardCharsets.UTF_8)
        .toString()
        .substring(0, 16);
  }
}
