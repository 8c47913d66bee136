package org.dragoman.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores passages exactly as {@link PassageScorer} does (BM25 over the distinct terms of a
 * passage), without its per-passage {@code BytesRefHash}: that hash allocates a 32 KB block for
 * every candidate passage, which made highlighting a long statement cost more than the search
 * itself (a third of query time in a profile). A passage holds a handful of matches, so a linear
 * scan over the terms seen so far is cheaper.
 */
final class CompactPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] freqInPassage = new int[matches];
    int[] freqInDoc = new int[matches];
    int size = 0;
    for (int i = 0; i < matches; i++) {
      int slot = 0;
      while (slot < size && !distinct[slot].bytesEquals(terms[i])) {
        slot++;
      }
      if (slot == size) {
        distinct[size] = terms[i];
        freqInDoc[size] = freqsInDoc[i];
        size++;
      }
      freqInPassage[slot]++;
    }
    double score = 0d;
    for (int i = 0; i < size; i++) {
      score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }
}
