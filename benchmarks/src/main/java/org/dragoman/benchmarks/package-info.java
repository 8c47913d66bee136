/**
 * JMH benchmarks. Every figure is a ratio against a baseline (plain Lucene, or a known analyzer)
 * measured in the same run. The corpus comes by parameter: {@code -p corpus=PATH}.
 */
package org.dragoman.benchmarks;
