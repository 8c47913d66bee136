/**
 * Article to Lucene document ({@link org.dragoman.index.ArticleDocuments}), the schema with every
 * field name in one place ({@link org.dragoman.index.ArticleSchema}), the order of documents in
 * segments ({@link org.dragoman.index.IndexOrder}: newest first), the codec segments are written
 * with ({@link org.dragoman.index.DragomanCodec}: stored texts in small chunks, a filter of each
 * field's terms in {@link org.dragoman.index.TermFilterPostingsFormat}), and the writer lifecycle
 * ({@link org.dragoman.index.IndexStore}: no lock until the first write, near-real-time searchers;
 * {@link org.dragoman.index.IndexingRun}: worker threads, replace by id, periodic commits, the run
 * report). Query parsing and searching live in {@code org.dragoman.search}; text analysis in {@code
 * org.dragoman.analysis}.
 */
package org.dragoman.index;
