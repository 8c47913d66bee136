/**
 * Dragoman's name analysis as an OpenSearch plugin: {@link org.dragoman.opensearch.DragomanPlugin}
 * registers core's tokenizer, key filters and analyzers ({@code org.dragoman.analysis}) under
 * stable names, with their options read from index settings. Nothing of the analysis itself lives
 * here: the plugin only adapts core's classes to OpenSearch's analysis registry, so that a cluster
 * and the library produce the same tokens.
 */
package org.dragoman.opensearch;
