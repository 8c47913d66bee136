package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.FacetCount;
import org.dragoman.model.Facets;

/**
 * Counts matching documents per value of single-valued sorted doc-values fields, in the same pass
 * as the top hits (combine with {@link org.apache.lucene.search.MultiCollectorManager}).
 *
 * <p>Why not lucene-facet: its string counts ({@code StringValueFacetCounts}, {@code
 * SortedSetDocValuesFacetCounts}) need a reader state with a global ordinal map, built per reader
 * and so after every near-real-time refresh, or facet fields added through {@code FacetsConfig} at
 * index time. Dragoman's dimensions are few, single-valued and of low cardinality (sources,
 * languages, years, months): counting segment ordinals into an array and merging the labels at the
 * end of each segment costs one doc-values lookup per field and match, needs no state between
 * searches, and runs with any query and any collector.
 *
 * <pre>{@code
 * FacetCounting counting = new FacetCounting(FacetCounting.DIMENSIONS);
 * FacetCounting.Counts counts = searcher.search(query, counting);
 * Facets facets = counts.facets();
 * }</pre>
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counts> {

  /** The dimensions of {@link Facets}, in its order. */
  static final List<String> DIMENSIONS =
      List.of(
          ArticleSchema.SOURCE_DISPLAY,
          ArticleSchema.DATE_YEAR,
          ArticleSchema.DATE_MONTH,
          ArticleSchema.LANG);

  private final List<String> fields;

  FacetCounting(List<String> fields) {
    this.fields = List.copyOf(fields);
  }

  /**
   * The counts of one search.
   *
   * @param documents every matching document, whether it has values or not
   * @param perField per field, matching documents per value
   */
  record Counts(long documents, Map<String, Map<String, Long>> perField) {

    /** The counts of {@code field}, in no particular order. */
    List<FacetCount> of(String field) {
      List<FacetCount> counts = new ArrayList<>();
      perField.getOrDefault(field, Map.of()).forEach((v, n) -> counts.add(new FacetCount(v, n)));
      return counts;
    }

    /** The counts of {@link #DIMENSIONS} as the model's facets. */
    Facets facets() {
      return new Facets(
          of(ArticleSchema.SOURCE_DISPLAY),
          of(ArticleSchema.DATE_YEAR),
          of(ArticleSchema.DATE_MONTH),
          of(ArticleSchema.LANG));
    }
  }

  @Override
  public Counter newCollector() {
    return new Counter(fields);
  }

  @Override
  public Counts reduce(Collection<Counter> counters) {
    long documents = 0;
    Map<String, Map<String, Long>> merged = new HashMap<>();
    for (Counter counter : counters) {
      documents += counter.documents;
      counter.perField.forEach(
          (field, values) -> {
            Map<String, Long> into = merged.computeIfAbsent(field, f -> new HashMap<>());
            values.forEach((value, n) -> into.merge(value, n, Long::sum));
          });
    }
    return new Counts(documents, merged);
  }

  /** Counts one slice of the index; one per searcher thread. */
  static final class Counter implements Collector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> perField = new HashMap<>();
    private long documents;

    private Counter(List<String> fields) {
      this.fields = fields;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues[] values = new SortedDocValues[fields.size()];
      int[][] counts = new int[fields.size()][];
      for (int i = 0; i < values.length; i++) {
        values[i] = DocValues.getSorted(context.reader(), fields.get(i));
        counts[i] = new int[values[i].getValueCount()];
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          documents++;
          for (int i = 0; i < values.length; i++) {
            if (values[i].advanceExact(doc)) {
              counts[i][values[i].ordValue()]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int i = 0; i < values.length; i++) {
            Map<String, Long> into = perField.computeIfAbsent(fields.get(i), f -> new HashMap<>());
            for (int ord = 0; ord < counts[i].length; ord++) {
              if (counts[i][ord] > 0) {
                into.merge(
                    values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
              }
            }
          }
        }
      };
    }
  }
}
