package org.dragoman.search;

import java.io.IOException;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * A matcher that reads its matches a block at a time with their scores (a term's postings, a Lucene
 * scorer's bulk scoring) and adds each block into the window's arrays.
 */
abstract class ScoredBlocks extends WindowMatcher {

  /** The block last read: documents and their scores. */
  final DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();

  /** Where its matches stand. */
  abstract DocIdSetIterator matches();

  /**
   * Reads the next block of its live matches before {@code max} and their scores into {@link
   * #buffer}: an empty block when there are none left. Matches outside {@code within} (documents
   * from {@code base} on; null for every document) may be left in the block, which adds them no
   * score, or left out.
   */
  abstract void nextBlock(int base, int max, Bits live, long[] within) throws IOException;

  /** Whether {@link #nextBlock} leaves out every match outside {@code within}. */
  abstract boolean leavesOutsideOut();

  @Override
  int advance(int target) throws IOException {
    int doc = matches().docID();
    return doc < target ? matches().advance(target) : doc;
  }

  @Override
  void addInto(int base, int max, Bits live, long[] bits, double[] sums) throws IOException {
    addWithin(base, max, live, null, bits, sums);
  }

  /** As {@link #addInto}; a null {@code within} stands for every document. */
  @Override
  void addWithin(int base, int max, Bits live, long[] within, long[] bits, double[] sums)
      throws IOException {
    if (advance(base) >= max) {
      return;
    }
    // A block that holds only documents within adds without looking them up again.
    long[] mask = leavesOutsideOut() ? null : within;
    for (nextBlock(base, max, live, within); buffer.size > 0; nextBlock(base, max, live, within)) {
      WindowMatcher.addScored(buffer, base, mask, bits, sums);
    }
  }
}
