/**
 * Lucene analysis: the analyzers of each text field, and Dragoman's token filters for
 * transliterated names with their SPI factories.
 */
package org.dragoman.analysis;
