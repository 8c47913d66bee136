package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A search: the query text in Dragoman's query syntax plus filters, order and paging.
 *
 * <pre>{@code
 * SearchRequest request = SearchRequest.builder("Tokayev Rahmon")
 *     .from(ArticleDate.parse("2019"))
 *     .to(ArticleDate.parse("2024-08"))
 *     .source("Kazinform")
 *     .sort(SortOrder.NEWEST)
 *     .limit(20)
 *     .facets(true)
 *     .explain(true)
 *     .build();
 * }</pre>
 *
 * @param query the query text (see the README's query syntax)
 * @param from only articles whose date period ends on or after this period's first day, or null
 * @param to only articles whose date period starts on or before this period's last day, or null
 * @param sources only articles from one of these sources (case-insensitive); empty for any
 * @param lang only articles in this language, or null
 * @param sort the order of hits
 * @param limit how many hits to return (0 for just the total)
 * @param offset how many hits to skip; not combined with a cursor
 * @param cursor the {@link SearchResult#nextCursor()} of the previous page, or null
 * @param exact whether to match spellings exactly, with no name-variant matching
 * @param facets whether to count the matching articles by source, year, month and language ({@link
 *     SearchResult#facets()}); costs one more look at each matching article's doc values
 * @param explain whether each hit says which text in it matched which query word ({@link
 *     SearchHit#matches()}); costs a re-analysis of each returned hit's title and body
 * @param snippets whether hits come with a highlighted body passage and title ({@link
 *     SearchHit#snippet()}, {@link SearchHit#titleSnippet()}); true by default. Without them a hit
 *     has an empty snippet and its plain title, and the search skips reading and highlighting each
 *     hit's body (about half the time of a simple search)
 */
public record SearchRequest(
    String query,
    ArticleDate from,
    ArticleDate to,
    List<String> sources,
    String lang,
    SortOrder sort,
    int limit,
    int offset,
    String cursor,
    boolean exact,
    boolean facets,
    boolean explain,
    boolean snippets) {

  public static final int DEFAULT_LIMIT = 10;

  /** Hits per page at most; deeper pages go through the cursor. */
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    requireNonNull(query, "query");
    sources = sources == null ? List.of() : List.copyOf(sources);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " is not between 0 and " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " is negative");
    }
    if (cursor != null && offset > 0) {
      throw new IllegalArgumentException("offset and cursor cannot be combined: use one");
    }
    if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    lang = lang == null || lang.isBlank() ? null : lang.strip();
  }

  /** A request with the defaults: relevance order, first {@value #DEFAULT_LIMIT} hits. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder that starts from this request, for the next page or another filter. */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.from = from;
    b.to = to;
    b.sources.addAll(sources);
    b.lang = lang;
    b.sort = sort;
    b.limit = limit;
    b.offset = offset;
    b.cursor = cursor;
    b.exact = exact;
    b.facets = facets;
    b.explain = explain;
    b.snippets = snippets;
    return b;
  }

  /** Builds a {@link SearchRequest}; {@link #build()} validates. */
  public static final class Builder {
    private String query;
    private ArticleDate from;
    private ArticleDate to;
    private final List<String> sources = new ArrayList<>();
    private String lang;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int limit = DEFAULT_LIMIT;
    private int offset;
    private String cursor;
    private boolean exact;
    private boolean facets;
    private boolean explain;
    private boolean snippets = true;

    private Builder(String query) {
      this.query = query;
    }

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder from(ArticleDate from) {
      this.from = from;
      return this;
    }

    public Builder to(ArticleDate to) {
      this.to = to;
      return this;
    }

    /** Adds a source; several sources match any of them. */
    public Builder source(String source) {
      this.sources.add(source);
      return this;
    }

    public Builder sources(List<String> sources) {
      this.sources.clear();
      this.sources.addAll(sources);
      return this;
    }

    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    public Builder sort(SortOrder sort) {
      this.sort = sort;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    public Builder exact(boolean exact) {
      this.exact = exact;
      return this;
    }

    /** Counts the matching articles by source, year, month and language. */
    public Builder facets(boolean facets) {
      this.facets = facets;
      return this;
    }

    /** Says for each hit which text in it matched which query word. */
    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /**
     * Whether hits come with highlighted snippets (the default); {@code false} when only ids,
     * titles and dates are shown, which makes a search cheaper.
     */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query, from, to, sources, lang, sort, limit, offset, cursor, exact, facets, explain,
          snippets);
    }
  }
}
