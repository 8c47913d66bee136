/**
 * Dragoman, transliteration-aware search for diplomatic news. Start at {@link
 * org.dragoman.DragomanIndex}.
 */
package org.dragoman;
