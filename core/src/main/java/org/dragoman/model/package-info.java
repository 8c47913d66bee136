/**
 * Dragoman's values: articles, dates, search requests and results, index reports. Plain records
 * that validate themselves; nothing here knows about Lucene, files or terminals.
 */
package org.dragoman.model;
