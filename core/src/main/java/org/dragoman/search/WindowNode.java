package org.dragoman.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;

/**
 * A node of the tree {@link WindowedScoring} makes of a rewritten query: a clause Lucene scores
 * ({@link WindowLeaf}), a name's spellings in one field ({@link WindowSynonyms}), a disjunction
 * ({@link WindowSum}) or a conjunction ({@link WindowAll}). Built once per search, with the weights
 * of its clauses; its arrays hold one window and serve each segment in turn.
 */
abstract class WindowNode {

  /** Its matching in one segment, or null when nothing there can match. */
  abstract WindowMatcher matcher(LeafReaderContext leaf) throws IOException;
}
