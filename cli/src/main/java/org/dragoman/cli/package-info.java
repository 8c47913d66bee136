/**
 * The {@code dragoman} command: {@code index}, {@code search}, {@code timeline}, {@code related},
 * {@code stats}, {@code check} and the name tools over the core library. The only place that prints
 * or exits; every command validates its input, then calls {@link org.dragoman.DragomanIndex}.
 */
package org.dragoman.cli;
