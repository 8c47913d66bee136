package org.dragoman.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.SearchRequest;
import org.dragoman.model.SearchResult;

/**
 * Articles like a given one ("more like this"): the most distinctive words of its title and body
 * (by tf-idf, up to {@value #MAX_QUERY_TERMS} per field, none found in more than {@value
 * #MAX_DOC_FREQ_PERCENT}% of the articles) searched in every full-text field, each field analysed
 * as it is indexed, so name fields ({@code body.names}) join in on their own. The article itself is
 * left out. Thread-safe.
 *
 * <pre>{@code
 * SearchResult related = new RelatedArticles(analyzers).related(searcher, "kazinform-1", 5);
 * }</pre>
 */
public final class RelatedArticles {

  /** Distinctive words taken per field; Lucene's default. */
  static final int MAX_QUERY_TERMS = 25;

  /** Words in more than this share of the articles are not distinctive. */
  static final int MAX_DOC_FREQ_PERCENT = 50;

  private final DragomanAnalyzers analyzers;
  private final HitBuilder hits;

  public RelatedArticles(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
    this.hits = new HitBuilder(analyzers);
  }

  /**
   * The {@code limit} articles most like the article {@code id}, best first, with snippets that
   * mark the words they share with it. The result's query is {@code "related to " + id}; its total
   * counts every article sharing at least one of the chosen words.
   *
   * @throws IllegalArgumentException when no article has the id, or {@code limit} is not between 1
   *     and {@link SearchRequest#MAX_LIMIT}
   */
  public SearchResult related(IndexSearcher searcher, String id, int limit) throws IOException {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit " + limit + " is not between 1 and " + SearchRequest.MAX_LIMIT);
    }
    Term idTerm = ArticleDocuments.idTerm(id);
    TopDocs found = searcher.search(new TermQuery(idTerm), 1);
    if (found.scoreDocs.length == 0) {
      throw new IllegalArgumentException("no article with id " + id + " in the index");
    }
    Document article =
        searcher
            .storedFields()
            .document(
                found.scoreDocs[0].doc,
                Set.of(ArticleSchema.TITLE, ArticleSchema.BODY, ArticleSchema.LANG));
    Query like = likeQuery(searcher, article);
    Query notItself =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(new TermQuery(idTerm), BooleanClause.Occur.MUST_NOT)
            .build();
    TopDocs top =
        searcher.search(notItself, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
    return new SearchResult(
        "related to " + id,
        top.totalHits.value(),
        hits.build(searcher, like, top.scoreDocs, null),
        null);
  }

  private Query likeQuery(IndexSearcher searcher, Document article) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (FullTextField field : analyzers.fullTextFields()) {
      String text = article.get(field.text().fieldName());
      if (text == null || text.isBlank()) {
        continue;
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      // The tokens the index holds for this article, which may depend on its language.
      mlt.setAnalyzer(analyzers.indexAnalyzer(field.name(), article.get(ArticleSchema.LANG)));
      mlt.setFieldNames(new String[] {field.name()});
      // A title says each word once; in a body, a word said once is seldom what it is about.
      mlt.setMinTermFreq(field.text() == ArticleText.TITLE ? 1 : 2);
      // A word in one other article is a strong link, not noise, in a small archive.
      mlt.setMinDocFreq(2);
      // A word in most articles says nothing about this one, whatever the field's stop words.
      mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
      mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
      mlt.setBoost(true);
      Query query = mlt.like(field.name(), new StringReader(text));
      any.add(
          field.boost() == 1f ? query : new BoostQuery(query, field.boost()),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }
}
