package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * A synonym group (a name's spellings in one field) scored as Lucene's synonym query scores it: the
 * frequencies of its terms in a document summed, and that sum scored as one term's frequency with
 * statistics of the group (the largest document frequency, the summed term frequencies). Lucene
 * walks the group's terms through a heap a document at a time; here each term's postings of the
 * window are read in bulk and their frequencies summed in the window's array.
 */
final class WindowSynonyms extends WindowNode {
  private final String field;
  private final Term[] terms;
  private final TermStates[] states;
  private final Similarity.SimScorer scorer;
  private final WindowArrays arrays;

  private WindowSynonyms(
      String field,
      Term[] terms,
      TermStates[] states,
      Similarity.SimScorer scorer,
      WindowArrays arrays) {
    this.field = field;
    this.terms = terms;
    this.states = states;
    this.scorer = scorer;
    this.arrays = arrays;
  }

  /** Whether every term of the group has weight 1, the only weight a parsed query gives. */
  static boolean unweighted(SynonymQuery query) {
    return unweighted(query, query.getTerms());
  }

  /** As {@link #unweighted(SynonymQuery)}, given the group's {@code terms}. */
  static boolean unweighted(SynonymQuery query, List<Term> terms) {
    // The weights cannot be read back: the group built again with weight 1 equals it or not.
    SynonymQuery.Builder unweighted = new SynonymQuery.Builder(query.getField());
    terms.forEach(unweighted::addTerm);
    return unweighted.build().equals(query);
  }

  /**
   * The statistics and scorer of Lucene's synonym weight, computed as it computes them; the states
   * of terms {@code known} are not looked up again.
   */
  static WindowSynonyms of(
      IndexSearcher searcher,
      KnownTerms known,
      SynonymQuery query,
      float boost,
      WindowArrays arrays)
      throws IOException {
    String field = query.getField();
    Term[] terms = query.getTerms().toArray(Term[]::new);
    TermStates[] states = new TermStates[terms.length];
    long docFreq = 0;
    long totalTermFreq = 0;
    for (int i = 0; i < terms.length; i++) {
      TermStates found = known.states(terms[i]);
      states[i] = found != null ? found : TermStates.build(searcher, terms[i], true);
      if (states[i].docFreq() > 0) {
        TermStatistics statistics =
            searcher.termStatistics(terms[i], states[i].docFreq(), states[i].totalTermFreq());
        docFreq = Math.max(docFreq, statistics.docFreq());
        totalTermFreq += statistics.totalTermFreq();
      }
    }
    Similarity.SimScorer scorer =
        docFreq == 0
            ? null
            : searcher
                .getSimilarity()
                .scorer(
                    boost,
                    searcher.collectionStatistics(field),
                    new TermStatistics(
                        new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq));
    return new WindowSynonyms(field, terms, states, scorer, arrays);
  }

  @Override
  public String toString() {
    // Not "SynonymQuery", which names a group Lucene's own scorer scores (a weighted one).
    return "synonyms";
  }

  @Override
  WindowMatcher matcher(LeafReaderContext leaf) throws IOException {
    if (scorer == null) {
      return null;
    }
    List<PostingsEnum> postings = new ArrayList<>();
    long cost = 0;
    TermsEnum dictionary = null; // one for the group: each term's postings outlive its seek
    for (int i = 0; i < terms.length; i++) {
      IOSupplier<TermState> supplier = states[i].get(leaf);
      TermState state = supplier == null ? null : supplier.get();
      if (state != null) {
        if (dictionary == null) {
          dictionary = leaf.reader().terms(field).iterator();
        }
        dictionary.seekExact(terms[i].bytes(), state);
        postings.add(dictionary.postings(null, PostingsEnum.FREQS));
        cost += dictionary.docFreq();
      }
    }
    if (postings.isEmpty()) {
      return null;
    }
    return new SynonymMatcher(postings, cost, HeapNorms.of(leaf.reader(), field), scorer, arrays);
  }

  private static final class SynonymMatcher extends WindowMatcher {
    private final List<PostingsEnum> postings;
    private final long cost;
    private final byte[] norms;
    private final Similarity.SimScorer scorer;
    private final WindowArrays arrays;
    private long[] bits;
    private float[] freqs;
    private final DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();

    SynonymMatcher(
        List<PostingsEnum> postings,
        long cost,
        byte[] norms,
        Similarity.SimScorer scorer,
        WindowArrays arrays) {
      this.postings = postings;
      this.cost = cost;
      this.norms = norms;
      this.scorer = scorer;
      this.arrays = arrays;
    }

    @Override
    long cost() {
      return cost;
    }

    @Override
    void start(long leadCost) {
      bits = arrays.bits();
      freqs = arrays.freqs();
    }

    @Override
    int advance(int target) throws IOException {
      int first = DocIdSetIterator.NO_MORE_DOCS;
      for (PostingsEnum term : postings) {
        int doc = term.docID();
        first = Math.min(first, doc < target ? term.advance(target) : doc);
      }
      return first;
    }

    @Override
    void addInto(int base, int max, Bits live, long[] out, double[] sums) throws IOException {
      addWithin(base, max, live, null, out, sums);
    }

    /** As {@link #addInto}; a null {@code within} stands for every document. */
    @Override
    void addWithin(int base, int max, Bits live, long[] within, long[] out, double[] sums)
        throws IOException {
      for (PostingsEnum term : postings) {
        if (term.docID() < base) {
          term.advance(base);
        }
        for (term.nextPostings(max, buffer); buffer.size > 0; term.nextPostings(max, buffer)) {
          if (live != null) {
            buffer.apply(live);
          }
          for (int i = 0; i < buffer.size; i++) {
            int d = buffer.docs[i] - base;
            // Without a branch on whether the document is kept (see WindowMatcher.addScored).
            long kept = within == null ? 1L << d : within[d >>> 6] & (1L << d);
            bits[d >>> 6] |= kept;
            freqs[d] += buffer.features[i] * (kept >>> d);
          }
        }
      }
      // Scored once per document, from its summed frequency: only those kept are scored.
      for (int w = 0; w < bits.length; w++) {
        long word = bits[w];
        if (word == 0) {
          continue;
        }
        out[w] |= word;
        bits[w] = 0;
        for (; word != 0; word &= word - 1) {
          int d = (w << 6) | Long.numberOfTrailingZeros(word);
          sums[d] += scorer.score(freqs[d], norms == null ? 1L : norms[base + d]);
          freqs[d] = 0;
        }
      }
    }
  }
}
