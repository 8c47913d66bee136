package org.dragoman.evaluation;

import java.io.IOException;
import java.util.List;

/**
 * What {@link NameEvaluation} needs from a search engine: index short documents, then run a query
 * as a user would type it, every word required.
 *
 * <pre>{@code
 * try (NameSearchEngine engine = LuceneNameSearchEngine.dragoman()) {
 *   engine.index(List.of(new NameSearchEngine.Document("d1", "Касым-Жомарт Токаев прибыл.")));
 *   engine.search("Tokayev"); // [d1]
 * }
 * }</pre>
 */
public interface NameSearchEngine extends AutoCloseable {

  /**
   * A document to index.
   *
   * @param id the id that {@link #search(String)} returns
   * @param text the text to search
   */
  record Document(String id, String text) {
    public Document {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("document id is blank");
      }
      if (text == null) {
        throw new IllegalArgumentException("text of document " + id + " is null");
      }
    }
  }

  /** Indexes the documents; may be called once, before any search. */
  void index(List<Document> documents) throws IOException;

  /** Ids of the documents that match every word of {@code query}, best first. */
  List<String> search(String query) throws IOException;

  @Override
  void close() throws IOException;
}
