package org.dragoman.search;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.SortOrder;

/**
 * The Lucene sort of each {@link SortOrder}. Every sort ends with the id, so that the order is
 * total and a cursor names one place in it.
 */
final class ResultOrder {

  private ResultOrder() {}

  static Sort of(SortOrder order) {
    SortField byId = new SortField(ArticleSchema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case NEWEST -> new Sort(byDate(true), byId);
      case OLDEST -> new Sort(byDate(false), byId);
    };
  }

  private static SortField byDate(boolean newestFirst) {
    // LongField keeps sorted-numeric doc values (one value per article here). Undated articles
    // get the value that puts them last in both directions.
    return LongField.newSortField(
        ArticleSchema.DATE_FIRST_DAY,
        newestFirst,
        SortedNumericSelector.Type.MIN,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  /** Whether hits in this order need their scores computed after collection. */
  static boolean scoresAfterCollection(SortOrder order) {
    return order != SortOrder.RELEVANCE;
  }
}
