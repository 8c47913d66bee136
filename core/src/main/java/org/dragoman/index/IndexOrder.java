package org.dragoman.index;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/**
 * The order of documents inside every segment: newest first, undated last, ties by id. A
 * newest-first search sorts by exactly this, so Lucene stops reading each segment once it has
 * enough hits (early termination) instead of visiting every match.
 *
 * <pre>{@code
 * new IndexWriterConfig(analyzer).setIndexSort(IndexOrder.NEWEST_FIRST);
 * }</pre>
 *
 * <p>An index keeps the sort it was created with; changing it needs a new {@link
 * ArticleSchema#VERSION}.
 */
public final class IndexOrder {

  /** Latest first day first; undated articles (no value) last; then by id. */
  public static final Sort NEWEST_FIRST = new Sort(byDate(true), byId());

  private IndexOrder() {}

  /**
   * The sort on the first day of an article's date. Undated articles get the value that puts them
   * last in both directions.
   */
  public static SortField byDate(boolean newestFirst) {
    return LongField.newSortField(
        ArticleSchema.DATE_FIRST_DAY,
        newestFirst,
        SortedNumericSelector.Type.MIN,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  /** The tie-break of every order, so that it is total and a cursor names one place in it. */
  public static SortField byId() {
    return new SortField(ArticleSchema.ID, SortField.Type.STRING);
  }
}
