/**
 * Where articles come from: JSON Lines (plain or gzipped), the plain-text article format, and
 * directories of both. Readers stream {@link org.dragoman.model.Article}s and problems to an {@link
 * org.dragoman.ingest.ArticleSink}; they know nothing of Lucene or of the index.
 */
package org.dragoman.ingest;
