/**
 * Request to Lucene query and back to hits: Dragoman's query syntax ({@link
 * org.dragoman.search.DragomanQueryParser}), request filters, sort orders and paging cursors, the
 * searcher ({@link org.dragoman.search.ArticleSearcher}), highlighted titles and snippets, facet
 * and timeline counts from doc values, spelling suggestions from the index's own words, match
 * explanations, related articles ({@link org.dragoman.search.RelatedArticles}) and index
 * statistics. Nothing here writes to an index; drawing results for people is {@code
 * org.dragoman.report}'s.
 */
package org.dragoman.search;
