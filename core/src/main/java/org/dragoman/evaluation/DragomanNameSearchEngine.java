package org.dragoman.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.DragomanIndex;
import org.dragoman.DragomanOptions;
import org.dragoman.model.Article;
import org.dragoman.model.SearchHit;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;

/**
 * The evaluation engine that is Dragoman itself: a real {@link DragomanIndex} in a temporary
 * directory, queried through Dragoman's query syntax with every word required, exactly as {@code
 * dragoman search} does. The figures it gives are the product's, not a harness's.
 *
 * <pre>{@code
 * try (NameSearchEngine engine = DragomanNameSearchEngine.create(DragomanOptions.defaults())) {
 *   NameEvaluationResult result = NameEvaluation.run(NameDevSet.read(variants, negatives), engine);
 * }
 * }</pre>
 */
public final class DragomanNameSearchEngine implements NameSearchEngine {

  private final Path dir;
  private final DragomanIndex index;
  private final boolean exact;

  private DragomanNameSearchEngine(Path dir, DragomanIndex index, boolean exact) {
    this.dir = dir;
    this.index = index;
    this.exact = exact;
  }

  /** An engine with the given options (alias files); variant matching on. */
  public static DragomanNameSearchEngine create(DragomanOptions options) throws IOException {
    return create(options, false);
  }

  /**
   * An engine with the given options.
   *
   * @param exact whether queries ask for exact spellings only (the {@code --exact} mode)
   */
  public static DragomanNameSearchEngine create(DragomanOptions options, boolean exact)
      throws IOException {
    Path dir = Files.createTempDirectory("dragoman-eval-names");
    try {
      return new DragomanNameSearchEngine(dir, DragomanIndex.open(dir, options), exact);
    } catch (IOException | RuntimeException e) {
      deleteRecursively(dir);
      throw e;
    }
  }

  @Override
  public void index(List<Document> documents) throws IOException {
    List<Article> articles = new ArrayList<>(documents.size());
    for (Document document : documents) {
      articles.add(Article.builder().id(document.id()).body(document.text()).build());
    }
    index.addArticles(articles);
  }

  @Override
  public List<String> search(String query) throws IOException {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page =
          index.search(
              SearchRequest.builder(query)
                  .exact(exact)
                  .limit(SearchRequest.MAX_LIMIT)
                  .cursor(cursor)
                  .build());
      for (SearchHit hit : page.hits()) {
        ids.add(hit.id());
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      deleteRecursively(dir);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
