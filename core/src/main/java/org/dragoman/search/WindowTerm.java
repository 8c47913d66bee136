package org.dragoman.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOSupplier;

/**
 * One term scored as Lucene's term query scores it, its postings read and scored in bulk: the same
 * statistics, the same bulk scorer of the similarity, with the norms read from an array on the heap
 * ({@link HeapNorms}) instead of through the norms' doc values, a document at a time.
 */
final class WindowTerm extends WindowNode {
  private final Term term;
  private final TermStates states;
  private final Similarity.SimScorer scorer;

  private WindowTerm(Term term, TermStates states, Similarity.SimScorer scorer) {
    this.term = term;
    this.states = states;
    this.scorer = scorer;
  }

  /**
   * The statistics and scorer of Lucene's term weight of {@code query}, computed as it computes
   * them; a term {@code known} or whose states the query carries is not looked up again.
   */
  static WindowTerm of(IndexSearcher searcher, KnownTerms known, TermQuery query, float boost)
      throws IOException {
    Term term = query.getTerm();
    TermStates states = known.states(term);
    if (states == null) {
      states = query.getTermStates();
    }
    if (states == null || !states.wasBuiltFor(searcher.getTopReaderContext())) {
      states = TermStates.build(searcher, term, true);
    }
    Similarity.SimScorer scorer = null;
    if (states.docFreq() > 0) {
      CollectionStatistics collection = searcher.collectionStatistics(term.field());
      scorer =
          searcher
              .getSimilarity()
              .scorer(
                  boost,
                  collection,
                  searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
    }
    return new WindowTerm(term, states, scorer);
  }

  @Override
  public String toString() {
    return "term";
  }

  @Override
  WindowMatcher matcher(LeafReaderContext leaf) throws IOException {
    if (scorer == null) {
      return null;
    }
    IOSupplier<TermState> supplier = states.get(leaf);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) {
      return null;
    }
    TermsEnum dictionary = leaf.reader().terms(term.field()).iterator();
    dictionary.seekExact(term.bytes(), state);
    return new TermMatcher(
        dictionary.postings(null, PostingsEnum.FREQS),
        dictionary.docFreq(),
        HeapNorms.of(leaf.reader(), term.field()),
        scorer.asBulkSimScorer());
  }

  private static final class TermMatcher extends ScoredBlocks {
    private final PostingsEnum postings;
    private final long cost;
    private final byte[] norms;
    private final Similarity.BulkSimScorer scorer;
    private long[] normValues = new long[0];

    TermMatcher(PostingsEnum postings, long cost, byte[] norms, Similarity.BulkSimScorer scorer) {
      this.postings = postings;
      this.cost = cost;
      this.norms = norms;
      this.scorer = scorer;
    }

    @Override
    long cost() {
      return cost;
    }

    @Override
    void start(long leadCost) {}

    @Override
    DocIdSetIterator matches() {
      return postings;
    }

    @Override
    boolean leavesOutsideOut() {
      return true; // compacted to the documents within before scoring
    }

    /**
     * The next block of live postings before {@code max}, scored as Lucene's term scorer scores
     * them; only those of documents {@code within}: a conjunction's later word, whose postings fall
     * outside the documents still in it about as often as not, need not score the others.
     */
    @Override
    void nextBlock(int base, int max, Bits live, long[] within) throws IOException {
      // A block left empty by within is not the end: read on.
      for (readBlock(max, live); within != null && buffer.size > 0; readBlock(max, live)) {
        int[] docs = buffer.docs;
        float[] freqs = buffer.features;
        int kept = 0;
        for (int i = 0; i < buffer.size; i++) {
          // Without a branch: kept grows only for a document within, the others are written over.
          int d = docs[i] - base;
          docs[kept] = docs[i];
          freqs[kept] = freqs[i];
          kept += (int) ((within[d >>> 6] >>> d) & 1L);
        }
        buffer.size = kept;
        if (kept > 0) {
          break;
        }
      }
      score();
    }

    /** The next block of live postings before {@code max}, with their frequencies. */
    private void readBlock(int max, Bits live) throws IOException {
      for (; ; ) {
        postings.nextPostings(max, buffer);
        if (live != null && buffer.size != 0) {
          // An empty block after deletions is not the end: later postings may be live.
          buffer.apply(live);
          if (buffer.size == 0) {
            continue;
          }
        }
        break;
      }
    }

    /** Scores the block's frequencies in place, as Lucene's term scorer does. */
    private void score() {
      int size = buffer.size;
      if (normValues.length < size) {
        normValues = new long[Math.max(size, 2 * normValues.length)];
      }
      int[] docs = buffer.docs;
      if (norms == null) {
        Arrays.fill(normValues, 0, size, 1L);
      } else {
        for (int i = 0; i < size; i++) {
          normValues[i] = norms[docs[i]];
        }
      }
      scorer.score(size, buffer.features, normValues, buffer.features);
    }
  }
}
