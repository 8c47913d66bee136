package org.dragoman.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dragoman.SearchTimeoutException;
import org.dragoman.index.IndexStore;

/**
 * Runs a search within limits, and turns Lucene's limits into problems a user can act on: a search
 * over its time budget becomes a {@link SearchTimeoutException}; a query that expands to more than
 * {@link IndexSearcher#getMaxClauseCount()} clauses, or to a pattern too complex to run, becomes a
 * {@link QuerySyntaxException} that says so.
 *
 * <pre>{@code
 * SearchResult result =
 *     SearchLimits.within(Duration.ofSeconds(2)).run(searcher, "Tokayev", s -> search(s, request));
 * }</pre>
 *
 * <p>A timed-out search is abandoned rather than answered with the hits found so far: its total
 * would be too small and its relevance order would rank only part of the index, which a script
 * cannot tell from a real answer.
 */
public final class SearchLimits {

  private static final SearchLimits NONE = new SearchLimits(null);

  private final Duration timeout;

  private SearchLimits(Duration timeout) {
    this.timeout = timeout;
  }

  /** No time limit: the query limits still apply. */
  public static SearchLimits none() {
    return NONE;
  }

  /**
   * At most {@code timeout} for each search.
   *
   * @throws IllegalArgumentException when the timeout is not positive
   */
  public static SearchLimits within(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout " + timeout + " is not a positive duration");
    }
    return new SearchLimits(timeout);
  }

  /**
   * Runs {@code search} on a searcher of {@code shared}'s reader that gives up when the time is
   * over.
   *
   * @param query the query text, for messages
   * @throws SearchTimeoutException when the search ran out of time
   * @throws QuerySyntaxException when the query expands beyond what Lucene runs
   */
  public <T> T run(IndexSearcher shared, String query, IndexStore.SearcherFunction<T> search)
      throws IOException {
    IndexSearcher searcher = timeout == null ? shared : timed(shared, deadline());
    try {
      T result = search.apply(searcher);
      if (timeout != null && searcher.timedOut()) {
        throw new SearchTimeoutException(QuerySyntaxChecks.quote(query), timeout);
      }
      return result;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "query "
              + QuerySyntaxChecks.quote(query)
              + " is too large: it expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " clauses (each word is searched in every text field, and wildcard and fuzzy"
              + " words expand to many terms); use fewer words",
          e);
    } catch (TooComplexToDeterminizeException e) {
      throw new QuerySyntaxException(
          "query "
              + QuerySyntaxChecks.quote(query)
              + " has a pattern too complex to run: simplify the /regular expression/",
          e);
    }
  }

  private QueryTimeout deadline() {
    long deadline = System.nanoTime() + timeout.toNanos();
    return () -> System.nanoTime() - deadline >= 0;
  }

  /**
   * A searcher of its own: the shared one serves other threads' searches, and a timeout set on it
   * would apply to them too. The reader, similarity and query cache are shared, so it costs little.
   */
  private static IndexSearcher timed(IndexSearcher shared, QueryTimeout deadline) {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(shared.getQueryCache());
    searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    searcher.setTimeout(deadline);
    return searcher;
  }
}
