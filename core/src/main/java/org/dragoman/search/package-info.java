/**
 * Request to Lucene query (Dragoman's query syntax, filters, order, paging), the searcher,
 * highlighted snippets and index statistics.
 */
package org.dragoman.search;
