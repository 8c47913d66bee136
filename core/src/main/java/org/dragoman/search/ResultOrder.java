package org.dragoman.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.dragoman.index.IndexOrder;
import org.dragoman.model.SortOrder;

/**
 * The Lucene sort of each {@link SortOrder}. Every sort ends with the id, so that the order is
 * total and a cursor names one place in it.
 */
final class ResultOrder {

  private ResultOrder() {}

  static Sort of(SortOrder order) {
    return switch (order) {
      // The same tie-break as the others, read lazily: it decides only between equal scores.
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, IdTieBreak.sortField());
      // The index order itself: segments are read in it and the search stops early.
      case NEWEST -> IndexOrder.NEWEST_FIRST;
      case OLDEST -> new Sort(IndexOrder.byDate(false), IndexOrder.byId());
    };
  }

  /** Whether hits in this order need their scores computed after collection. */
  static boolean scoresAfterCollection(SortOrder order) {
    return order != SortOrder.RELEVANCE;
  }
}
