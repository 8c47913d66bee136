package org.dragoman.index;

import org.dragoman.analysis.ArticleText;

/**
 * Every Lucene field name of a Dragoman index, and the schema version written into each commit. The
 * full-text fields beyond {@link #TITLE} and {@link #BODY} (such as name-analysis fields) are
 * declared by {@link org.dragoman.analysis.DragomanAnalyzers}.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>indexed as</th><th>stored</th><th>doc values</th></tr>
 *   <tr><td>id</td><td>exact term</td><td>yes</td><td>sorted (tie-break, cursor)</td></tr>
 *   <tr><td>date</td><td>-</td><td>as written: 2019, 2019-06, 2019-06-30</td><td>-</td></tr>
 *   <tr><td>date.first, date.last</td><td>long points (epoch day)</td><td>no</td>
 *       <td>sorted numeric (sort; date.first also sorts the index, see {@link IndexOrder})</td></tr>
 *   <tr><td>date.year</td><td>-</td><td>no</td><td>sorted: 2019 (facets, timeline)</td></tr>
 *   <tr><td>date.month</td><td>-</td><td>no</td>
 *       <td>sorted: 2019-06, only for dates known to the month or day</td></tr>
 *   <tr><td>source</td><td>lower-cased exact term</td><td>no</td><td>-</td></tr>
 *   <tr><td>source.display</td><td>-</td><td>as written</td><td>sorted (facets)</td></tr>
 *   <tr><td>title, body</td><td>full text, with offsets</td><td>yes</td><td>-</td></tr>
 *   <tr><td>lang</td><td>lower-cased exact term</td><td>yes</td><td>sorted (facets)</td></tr>
 *   <tr><td>cites</td><td>exact terms, lower-cased</td><td>as written</td><td>-</td></tr>
 *   <tr><td>url</td><td>-</td><td>yes</td><td>-</td></tr>
 *   <tr><td>meta.KEY</td><td>-</td><td>yes</td><td>-</td></tr>
 *   <tr><td>hit</td><td>-</td><td>no</td>
 *       <td>binary: id, date, source, title and url together ({@link HitFields}), what a hit
 *       without snippet shows</td></tr>
 *   <tr><td>spelling</td><td>title and body words, lower-cased, not stemmed; docs only</td>
 *       <td>no</td><td>- (the vocabulary of spelling suggestions)</td></tr>
 * </table>
 */
public final class ArticleSchema {

  /** Bumped whenever documents written by an older version can no longer be searched correctly. */
  public static final int VERSION = 5;

  /** Commit user-data key holding {@link #VERSION}; its presence marks a Dragoman index. */
  public static final String VERSION_KEY = "dragoman.schema.version";

  public static final String ID = "id";
  public static final String DATE = "date";
  public static final String DATE_FIRST_DAY = "date.first";
  public static final String DATE_LAST_DAY = "date.last";
  public static final String DATE_YEAR = "date.year";
  public static final String DATE_MONTH = "date.month";
  public static final String SOURCE = "source";
  public static final String SOURCE_DISPLAY = "source.display";
  public static final String TITLE = ArticleText.TITLE.fieldName();
  public static final String BODY = ArticleText.BODY.fieldName();
  public static final String LANG = "lang";
  public static final String CITES = "cites";
  public static final String URL = "url";
  public static final String METADATA_PREFIX = "meta.";

  /** The doc value of {@link HitFields}. */
  public static final String HIT = "hit";

  private ArticleSchema() {}
}
