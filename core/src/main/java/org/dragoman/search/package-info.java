/**
 * Request to Lucene query and back to hits: Dragoman's query syntax ({@link
 * org.dragoman.search.DragomanQueryParser}), request filters, sort orders and paging cursors, the
 * searcher ({@link org.dragoman.search.ArticleSearcher}), highlighted snippets and index
 * statistics. Nothing here writes to an index.
 */
package org.dragoman.search;
