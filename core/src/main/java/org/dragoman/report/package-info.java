/**
 * Renderings of results for people: the timeline as a text bar chart (for a terminal) and as a
 * standalone SVG file (for a browser). Pure functions from model values to strings; nothing here
 * knows Lucene, writes files or prints.
 */
package org.dragoman.report;
