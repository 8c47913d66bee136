package org.dragoman.analysis;

import org.apache.lucene.util.Attribute;

/**
 * The variant keys of the current token, carried along while a {@link NameKeyFilter} in deferred
 * mode lets a {@code SynonymGraphFilter} see only primary keys; a later {@link
 * NameKeyVariantsFilter} stacks them. Tokens a synonym filter inserts have none.
 */
public interface NameKeyVariantsAttribute extends Attribute {

  /** Number of variant keys. */
  int count();

  /** Appends {@code buffer[0..length)} as one more variant key. */
  default void add(char[] buffer, int length) {
    add(buffer, 0, length);
  }

  /** Appends {@code buffer[offset..offset+length)} as one more variant key. */
  void add(char[] buffer, int offset, int length);

  /** Copies variant {@code i} into {@code target}, growing it if needed; returns the buffer. */
  char[] copy(int i, char[] target);

  /** Length of variant {@code i}. */
  int length(int i);

  /** The first character of variant {@code i}, which is never empty. */
  char firstChar(int i);

  /** Removes all variants. */
  void removeAll();
}
