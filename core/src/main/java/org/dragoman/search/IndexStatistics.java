package org.dragoman.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.IndexStats;

/**
 * What an index holds: live documents, articles per source (counted from doc values, deleted
 * documents left out), the date range.
 */
public final class IndexStatistics {

  private IndexStatistics() {}

  /** Statistics of what {@code searcher} sees; {@code sizeOnDisk} comes from the directory. */
  public static IndexStats of(IndexSearcher searcher, long sizeOnDisk) throws IOException {
    return new IndexStats(
        searcher.getIndexReader().numDocs(),
        sourceCounts(searcher),
        boundaryDate(searcher, false),
        boundaryDate(searcher, true),
        sizeOnDisk);
  }

  /**
   * Articles per source, largest first. Sources differing only in case count as one, shown as their
   * most frequent spelling.
   */
  private static Map<String, Long> sourceCounts(IndexSearcher searcher) throws IOException {
    Map<String, Long> perSpelling = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), ArticleSchema.SOURCE_DISPLAY);
      long[] perOrd = new long[values.getValueCount()];
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          perOrd[values.ordValue()]++;
        }
      }
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          perSpelling.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
        }
      }
    }
    Map<String, Long> perSource = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    Map<String, Long> displayCount = new HashMap<>();
    perSpelling.forEach(
        (spelling, count) -> {
          String key = spelling.toLowerCase(Locale.ROOT);
          perSource.merge(key, count, Long::sum);
          long shown = displayCount.getOrDefault(key, 0L);
          if (count > shown || (count == shown && spelling.compareTo(display.get(key)) < 0)) {
            display.put(key, spelling);
            displayCount.put(key, count);
          }
        });
    Map<String, Long> largestFirst = new LinkedHashMap<>();
    perSource.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> largestFirst.put(display.get(e.getKey()), e.getValue()));
    return largestFirst;
  }

  private static ArticleDate boundaryDate(IndexSearcher searcher, boolean latest)
      throws IOException {
    Sort byDate =
        new Sort(
            LongField.newSortField(
                ArticleSchema.DATE_FIRST_DAY, latest, SortedNumericSelector.Type.MIN));
    TopDocs first = searcher.search(new FieldExistsQuery(ArticleSchema.DATE_FIRST_DAY), 1, byDate);
    if (first.scoreDocs.length == 0) {
      return null;
    }
    ScoreDoc doc = first.scoreDocs[0];
    String date =
        searcher
            .storedFields()
            .document(doc.doc, Set.of(ArticleSchema.DATE))
            .get(ArticleSchema.DATE);
    return ArticleDate.parse(date);
  }
}
