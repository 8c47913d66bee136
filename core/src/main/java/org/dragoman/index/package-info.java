/**
 * Article to Lucene document, the schema (every field name in one place) and the writer lifecycle:
 * replace by id, periodic commits, the run report.
 */
package org.dragoman.index;
