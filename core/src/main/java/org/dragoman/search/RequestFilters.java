package org.dragoman.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.SearchRequest;

/**
 * The filters of a {@link SearchRequest} (date range with overlap semantics, any of the sources, a
 * language) added to the parsed query. Filters narrow the hits without changing their scores.
 */
final class RequestFilters {

  private RequestFilters() {}

  static Query apply(Query query, SearchRequest request) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder();
    filtered.add(query, BooleanClause.Occur.MUST);
    if (request.from() != null || request.to() != null) {
      filtered.add(
          DateQueries.overlapping(
              request.from() == null ? null : request.from().firstDay(),
              request.to() == null ? null : request.to().lastDay()),
          BooleanClause.Occur.FILTER);
    }
    if (!request.sources().isEmpty()) {
      BooleanQuery.Builder anySource = new BooleanQuery.Builder();
      for (String source : request.sources()) {
        anySource.add(
            new TermQuery(new Term(ArticleSchema.SOURCE, ArticleDocuments.keyword(source))),
            BooleanClause.Occur.SHOULD);
      }
      filtered.add(anySource.build(), BooleanClause.Occur.FILTER);
    }
    if (request.lang() != null) {
      filtered.add(
          new TermQuery(new Term(ArticleSchema.LANG, ArticleDocuments.keyword(request.lang()))),
          BooleanClause.Occur.FILTER);
    }
    return filtered.build();
  }
}
