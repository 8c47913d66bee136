package org.dragoman.search;

import java.time.LocalDate;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.dragoman.index.ArticleSchema;

/**
 * Date queries with overlap semantics: an article's date is a period (a day, a month or a year),
 * and it matches a range when the two periods share a day. So a statement dated only {@code 2019}
 * matches {@code [2019-06 TO 2019-12]}, and an article of {@code 2019-06-30} matches {@code 2019}.
 */
final class DateQueries {

  private DateQueries() {}

  /**
   * Articles whose date period shares a day with {@code [from, to]}; a null bound is open. Undated
   * articles never match.
   */
  static Query overlapping(LocalDate from, LocalDate to) {
    long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
    if (first > last) {
      return new BooleanQuery.Builder().build(); // an empty range matches nothing
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    // Starts on or before the range's last day, and ends on or after its first day.
    query.add(
        LongField.newRangeQuery(ArticleSchema.DATE_FIRST_DAY, Long.MIN_VALUE, last),
        BooleanClause.Occur.FILTER);
    query.add(
        LongField.newRangeQuery(ArticleSchema.DATE_LAST_DAY, first, Long.MAX_VALUE),
        BooleanClause.Occur.FILTER);
    return query.build();
  }
}
