package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOSupplier;

/**
 * Scores and counts every match of a query window by window, for the one pass of small queries
 * ({@link SmallQueryCollection}): each term of a window of documents is read in bulk, its scores
 * computed for a block of postings at a time, and summed per document into the window's arrays,
 * where Lucene's scorers of a Dragoman query move document by document through a heap of clauses.
 *
 * <p>Why: a Dragoman word is a disjunction over four fields, and a conjunction of words a
 * conjunction of such disjunctions; scoring every match through Lucene's disjunction and
 * conjunction scorers spent most of a one-pass search in their per-document bookkeeping. On the
 * reference corpus (138,319 passages; a probe program, not in the repository, CPU per search, the
 * parsing included) the windowed pass took 0.75x the time of the document-by-document one for
 * {@code nuclear disarmament}, 0.88x for {@code Kazakhstan}, 0.82x for {@code Tajikistan OR
 * Kyrgyzstan}, 0.88x for {@code "Central Asia"} and 0.6x for {@code human rights}, with the same
 * hits, scores and totals.
 *
 * <p>Scores are Lucene's to the last bit: the tree of sums mirrors the rewritten query (a
 * disjunction's clauses summed as doubles and rounded to a float, a conjunction's likewise, boosts
 * passed to the clauses' weights), and a term's scores come from Lucene's own bulk scoring, which
 * gives the scores of its per-document scoring. Clauses of other kinds (phrases, synonyms, and
 * boolean queries of shapes not handled here) score through their own scorers, a document at a
 * time. Filters and exclusions are checked only on the documents the scored clauses matched.
 *
 * <pre>{@code
 * WindowedScoring pass = WindowedScoring.of(searcher, searcher.rewrite(query));
 * long total = pass.collectAll(searcher, collector); // every live match, collected in index order
 * }</pre>
 *
 * <p>One instance serves one search on one thread; it does not honour a search timeout.
 */
final class WindowedScoring {

  /** Documents per window (Lucene's dense conjunctions use the same). */
  static final int WINDOW = 4096;

  private final Node root;
  private final int window;

  private WindowedScoring(Node root, int window) {
    this.root = root;
    this.window = window;
  }

  /**
   * The pass of {@code rewritten}, a query as {@link IndexSearcher#rewrite} returns it (the sums
   * mirror its structure). Creates the weights of its clauses.
   */
  static WindowedScoring of(IndexSearcher searcher, Query rewritten) throws IOException {
    return of(searcher, rewritten, WINDOW);
  }

  /** As {@link #of(IndexSearcher, Query)}, with windows of {@code window} documents (tests). */
  static WindowedScoring of(IndexSearcher searcher, Query rewritten, int window)
      throws IOException {
    int largest = 1;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      largest = Math.max(largest, leaf.reader().maxDoc());
    }
    // No larger than the largest segment: small indexes need no large arrays.
    int size = Math.min(window, (largest + 63) & ~63);
    return new WindowedScoring(new Builder(searcher, size).node(rewritten, 1f), size);
  }

  /**
   * The tree of sums, for tests and failure messages: {@code all(sum(TermQuery, synonyms, ...),
   * ...)}, where a query class names a clause Lucene's scorer scores.
   */
  String describe() {
    return root.toString();
  }

  /** The query's matcher in one segment, or null when nothing there can match. */
  Matcher matcher(LeafReaderContext leaf) throws IOException {
    return root.matcher(leaf);
  }

  /** Collects the live matches of every segment; their number. */
  long collectAll(IndexSearcher searcher, Collector collector) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Matcher matcher = matcher(leaf);
      if (matcher != null) {
        total += collect(leaf, matcher, collector);
      }
    }
    return total;
  }

  /** Collects the live matches of {@code matcher} in its segment, in index order; their number. */
  long collect(LeafReaderContext leaf, Matcher matcher, Collector collector) throws IOException {
    LeafCollector leafCollector;
    try {
      leafCollector = collector.getLeafCollector(leaf);
    } catch (CollectionTerminatedException e) {
      throw new IllegalStateException("a collector that counts every match stopped early", e);
    }
    CurrentScore score = new CurrentScore();
    leafCollector.setScorer(score);
    Bits live = leaf.reader().getLiveDocs();
    int maxDoc = leaf.reader().maxDoc();
    long[] bits = new long[words(window)];
    double[] sums = new double[window];
    long total = 0;
    matcher.start(matcher.cost());
    for (int base = matcher.advance(0); base < maxDoc; base = matcher.advance(base + window)) {
      int max = Math.min(maxDoc, base + window);
      matcher.addInto(base, max, live, bits, sums);
      for (int w = 0; w < bits.length; w++) {
        for (long word = bits[w]; word != 0; word &= word - 1) {
          int d = (w << 6) | Long.numberOfTrailingZeros(word);
          score.value = (float) sums[d];
          sums[d] = 0;
          leafCollector.collect(base + d);
          total++;
        }
        bits[w] = 0;
      }
    }
    leafCollector.finish();
    return total;
  }

  private static int words(int window) {
    return (window + 63) >>> 6;
  }

  private static final class CurrentScore extends Scorable {
    float value;

    @Override
    public float score() {
      return value;
    }
  }

  /** Builds the tree of a rewritten query, creating its leaves' weights. */
  private record Builder(IndexSearcher searcher, int window) {

    Node node(Query query, float boost) throws IOException {
      if (query instanceof BoostQuery boosted) {
        // As Lucene does: a boost multiplies the scores of the clauses inside.
        return node(boosted.getQuery(), boost * boosted.getBoost());
      }
      if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
        List<Query> should = new ArrayList<>();
        List<Query> must = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
          switch (clause.occur()) {
            case SHOULD -> should.add(clause.query());
            case MUST -> must.add(clause.query());
            case FILTER -> filter.add(clause.query());
            case MUST_NOT -> mustNot.add(clause.query());
          }
        }
        if (must.isEmpty() && filter.isEmpty() && mustNot.isEmpty() && should.size() >= 2) {
          List<Node> clauses = new ArrayList<>();
          for (Query clause : should) {
            clauses.add(node(clause, boost));
          }
          return new Sum(clauses, window);
        }
        if (should.isEmpty()
            && !must.isEmpty()
            && must.size() + filter.size() + mustNot.size() > 1) {
          List<Node> scored = new ArrayList<>();
          for (Query clause : must) {
            scored.add(node(clause, boost));
          }
          return new All(scored, unscored(filter), unscored(mustNot), window);
        }
      }
      if (query instanceof SynonymQuery synonyms && SynonymLeaf.unweighted(synonyms)) {
        return SynonymLeaf.of(searcher, synonyms, boost, window);
      }
      return new Leaf(searcher.createWeight(query, ScoreMode.COMPLETE, boost), true);
    }

    private List<Leaf> unscored(List<Query> queries) throws IOException {
      List<Leaf> leaves = new ArrayList<>();
      for (Query query : queries) {
        leaves.add(new Leaf(searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f), false));
      }
      return leaves;
    }
  }

  /** A node of the query's tree; its matcher in a segment reads that segment's postings. */
  private abstract static class Node {
    abstract Matcher matcher(LeafReaderContext leaf) throws IOException;
  }

  /** A node's matching in one segment. */
  abstract static class Matcher {

    /** The postings it estimates it reads (Lucene's cost of the same query). */
    abstract long cost();

    /** Creates its scorers; {@code leadCost} is the cost of the conjunction it is part of. */
    abstract void start(long leadCost) throws IOException;

    /** A document at or before its first match at or after {@code target}. */
    abstract int advance(int target) throws IOException;

    /**
     * Sets the bit of each live match in [{@code base}, {@code max}) ({@code base} at bit 0) and
     * adds its score, as a float, to its place in {@code sums}.
     */
    abstract void addInto(int base, int max, Bits live, long[] bits, double[] sums)
        throws IOException;

    /**
     * Keeps set in {@code bits} only the documents it also matches in [{@code base}, {@code max}),
     * adding its scores to theirs, and zeroes the sums of the others; whether any is left. {@code
     * scratchBits} and {@code scratchSums} are cleared arrays it may use and leaves cleared.
     */
    boolean retainInto(
        int base,
        int max,
        Bits live,
        long[] bits,
        double[] sums,
        long[] scratchBits,
        double[] scratchSums)
        throws IOException {
      addInto(base, max, live, scratchBits, scratchSums);
      return intersect(bits, sums, scratchBits, scratchSums, false);
    }
  }

  /**
   * Keeps the documents both sets hold, adding the clause's scores to theirs (rounded to a float
   * first when {@code round}, as a boolean clause's score is); leaves the clause's arrays cleared
   * and the sums of dropped documents at zero. Whether any document is left.
   */
  private static boolean intersect(
      long[] bits, double[] sums, long[] clauseBits, double[] clauseSums, boolean round) {
    boolean any = false;
    for (int w = 0; w < bits.length; w++) {
      long both = bits[w] & clauseBits[w];
      for (long word = clauseBits[w]; word != 0; word &= word - 1) {
        int d = (w << 6) | Long.numberOfTrailingZeros(word);
        if ((both & (1L << d)) != 0) {
          sums[d] += round ? (float) clauseSums[d] : clauseSums[d];
        }
        clauseSums[d] = 0;
      }
      for (long word = bits[w] & ~both; word != 0; word &= word - 1) {
        sums[(w << 6) | Long.numberOfTrailingZeros(word)] = 0;
      }
      clauseBits[w] = 0;
      bits[w] = both;
      any |= both != 0;
    }
    return any;
  }

  /** A clause Lucene scores: a term, a synonym group, a phrase, or any query not taken apart. */
  private static final class Leaf extends Node {
    private final Weight weight;
    private final boolean scored;

    Leaf(Weight weight, boolean scored) {
      this.weight = weight;
      this.scored = scored;
    }

    @Override
    public String toString() {
      return weight.getQuery().getClass().getSimpleName();
    }

    @Override
    LeafMatcher matcher(LeafReaderContext leaf) throws IOException {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      return supplier == null ? null : new LeafMatcher(supplier, scored);
    }
  }

  private static final class LeafMatcher extends Matcher {
    private final ScorerSupplier supplier;
    private final DocAndFloatFeatureBuffer buffer;
    private long cost = -1;
    private Scorer scorer;
    private DocIdSetIterator matches;

    LeafMatcher(ScorerSupplier supplier, boolean scored) {
      this.supplier = supplier;
      this.buffer = scored ? new DocAndFloatFeatureBuffer() : null;
    }

    @Override
    long cost() {
      // Estimated once: a synonym group's supplier sums its terms' postings each time.
      if (cost < 0) {
        cost = supplier.cost();
      }
      return cost;
    }

    @Override
    void start(long leadCost) throws IOException {
      scorer = supplier.get(leadCost);
      // Matches only: a phrase's iterator checks its positions.
      matches = scorer.iterator();
    }

    @Override
    int advance(int target) throws IOException {
      int doc = matches.docID();
      return doc < target ? matches.advance(target) : doc;
    }

    @Override
    void addInto(int base, int max, Bits live, long[] bits, double[] sums) throws IOException {
      if (advance(base) >= max) {
        return;
      }
      for (scorer.nextDocsAndScores(max, live, buffer);
          buffer.size > 0;
          scorer.nextDocsAndScores(max, live, buffer)) {
        int[] docs = buffer.docs;
        float[] scores = buffer.features;
        for (int i = 0; i < buffer.size; i++) {
          int d = docs[i] - base;
          bits[d >>> 6] |= 1L << d;
          sums[d] += scores[i];
        }
      }
    }

    /**
     * Keeps the set bits of the documents it matches ({@code matching}) or does not match, and
     * clears the sums of the others.
     */
    void retain(int base, long[] bits, double[] sums, boolean matching) throws IOException {
      for (int w = 0; w < bits.length; w++) {
        for (long word = bits[w]; word != 0; word &= word - 1) {
          int d = (w << 6) | Long.numberOfTrailingZeros(word);
          if ((advance(base + d) == base + d) != matching) {
            bits[w] &= ~(1L << d);
            sums[d] = 0;
          }
        }
      }
    }
  }

  /**
   * A synonym group (a name's spellings in one field) scored as Lucene's synonym query scores it:
   * the frequencies of its terms in a document summed, and that sum scored as one term's frequency
   * with statistics of the group (the largest document frequency, the summed term frequencies).
   * Lucene walks the group's terms through a heap a document at a time; here each term's postings
   * of the window are read in bulk and their frequencies summed in the window's array.
   */
  private static final class SynonymLeaf extends Node {
    private final String field;
    private final Term[] terms;
    private final TermStates[] states;
    private final Similarity.SimScorer scorer;
    private final long[] bits;
    private final float[] freqs;

    private SynonymLeaf(
        String field, Term[] terms, TermStates[] states, Similarity.SimScorer scorer, int window) {
      this.field = field;
      this.terms = terms;
      this.states = states;
      this.scorer = scorer;
      this.bits = new long[words(window)];
      this.freqs = new float[window];
    }

    /** Whether every term of the group has weight 1, the only weight a parsed query gives. */
    static boolean unweighted(SynonymQuery query) {
      SynonymQuery.Builder unweighted = new SynonymQuery.Builder(query.getField());
      query.getTerms().forEach(unweighted::addTerm);
      return unweighted.build().equals(query);
    }

    /** The statistics and scorer of Lucene's synonym weight, computed as it computes them. */
    static SynonymLeaf of(IndexSearcher searcher, SynonymQuery query, float boost, int window)
        throws IOException {
      String field = query.getField();
      Term[] terms = query.getTerms().toArray(Term[]::new);
      TermStates[] states = new TermStates[terms.length];
      long docFreq = 0;
      long totalTermFreq = 0;
      for (int i = 0; i < terms.length; i++) {
        states[i] = TermStates.build(searcher, terms[i], true);
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
      return new SynonymLeaf(field, terms, states, scorer, window);
    }

    @Override
    public String toString() {
      // Not "SynonymQuery", which names a group Lucene's own scorer scores (a weighted one).
      return "synonyms";
    }

    @Override
    Matcher matcher(LeafReaderContext leaf) throws IOException {
      if (scorer == null) {
        return null;
      }
      List<PostingsEnum> postings = new ArrayList<>();
      long cost = 0;
      for (int i = 0; i < terms.length; i++) {
        IOSupplier<TermState> supplier = states[i].get(leaf);
        TermState state = supplier == null ? null : supplier.get();
        if (state != null) {
          TermsEnum dictionary = leaf.reader().terms(field).iterator();
          dictionary.seekExact(terms[i].bytes(), state);
          postings.add(dictionary.postings(null, PostingsEnum.FREQS));
          cost += dictionary.docFreq();
        }
      }
      if (postings.isEmpty()) {
        return null;
      }
      return new SynonymMatcher(
          postings, cost, leaf.reader().getNormValues(field), scorer, bits, freqs);
    }
  }

  private static final class SynonymMatcher extends Matcher {
    private final List<PostingsEnum> postings;
    private final long cost;
    private final NumericDocValues norms;
    private final Similarity.SimScorer scorer;
    private final long[] bits;
    private final float[] freqs;
    private final DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();

    SynonymMatcher(
        List<PostingsEnum> postings,
        long cost,
        NumericDocValues norms,
        Similarity.SimScorer scorer,
        long[] bits,
        float[] freqs) {
      this.postings = postings;
      this.cost = cost;
      this.norms = norms;
      this.scorer = scorer;
      this.bits = bits;
      this.freqs = freqs;
    }

    @Override
    long cost() {
      return cost;
    }

    @Override
    void start(long leadCost) {}

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
            bits[d >>> 6] |= 1L << d;
            freqs[d] += buffer.features[i];
          }
        }
      }
      for (int w = 0; w < bits.length; w++) {
        long word = bits[w];
        if (word == 0) {
          continue;
        }
        out[w] |= word;
        bits[w] = 0;
        for (; word != 0; word &= word - 1) {
          int d = (w << 6) | Long.numberOfTrailingZeros(word);
          long norm = 1L;
          if (norms != null && norms.advanceExact(base + d)) {
            norm = norms.longValue();
          }
          sums[d] += scorer.score(freqs[d], norm);
          freqs[d] = 0;
        }
      }
    }
  }

  /** A disjunction: the sum of the scores of the clauses that match. */
  private static final class Sum extends Node {
    private final List<Node> clauses;
    private final long[] bits;
    private final double[] sums;

    Sum(List<Node> clauses, int window) {
      this.clauses = clauses;
      this.bits = new long[words(window)];
      this.sums = new double[window];
    }

    @Override
    public String toString() {
      return "sum" + clauses.toString().replace('[', '(').replace(']', ')');
    }

    @Override
    Matcher matcher(LeafReaderContext leaf) throws IOException {
      List<Matcher> matchers = new ArrayList<>();
      for (Node clause : clauses) {
        Matcher matcher = clause.matcher(leaf);
        if (matcher != null) {
          matchers.add(matcher);
        }
      }
      if (matchers.isEmpty()) {
        return null;
      }
      // One clause: its float score is the sum's.
      return matchers.size() == 1 ? matchers.get(0) : new SumMatcher(matchers, bits, sums);
    }
  }

  private static final class SumMatcher extends Matcher {
    private final List<Matcher> clauses;
    private final long[] bits;
    private final double[] sums;

    SumMatcher(List<Matcher> clauses, long[] bits, double[] sums) {
      this.clauses = clauses;
      this.bits = bits;
      this.sums = sums;
    }

    @Override
    long cost() {
      long cost = 0;
      for (Matcher clause : clauses) {
        cost += clause.cost();
      }
      return cost;
    }

    @Override
    void start(long leadCost) throws IOException {
      for (Matcher clause : clauses) {
        clause.start(leadCost);
      }
    }

    @Override
    int advance(int target) throws IOException {
      int first = DocIdSetIterator.NO_MORE_DOCS;
      for (Matcher clause : clauses) {
        first = Math.min(first, clause.advance(target));
      }
      return first;
    }

    @Override
    void addInto(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      for (Matcher clause : clauses) {
        clause.addInto(base, max, live, bits, sums);
      }
      moveRounded(bits, sums, out, outSums);
    }

    @Override
    boolean retainInto(
        int base,
        int max,
        Bits live,
        long[] out,
        double[] outSums,
        long[] scratchBits,
        double[] scratchSums)
        throws IOException {
      // Summed in its own arrays and intersected from there: one walk over its matches fewer.
      for (Matcher clause : clauses) {
        clause.addInto(base, max, live, bits, sums);
      }
      return intersect(out, outSums, bits, sums, true);
    }
  }

  /**
   * A conjunction: the sum of its scored clauses' scores, where its filters and exclusions allow.
   */
  private static final class All extends Node {
    private final List<Node> scored;
    private final List<Leaf> filters;
    private final List<Leaf> exclusions;
    private final long[] bits;
    private final double[] sums;
    private final long[] clauseBits;
    private final double[] clauseSums;

    All(List<Node> scored, List<Leaf> filters, List<Leaf> exclusions, int window) {
      this.scored = scored;
      this.filters = filters;
      this.exclusions = exclusions;
      this.bits = new long[words(window)];
      this.sums = new double[window];
      this.clauseBits = new long[words(window)];
      this.clauseSums = new double[window];
    }

    @Override
    public String toString() {
      List<Object> clauses = new ArrayList<>(scored);
      filters.forEach(f -> clauses.add("filter " + f));
      exclusions.forEach(e -> clauses.add("not " + e));
      return "all" + clauses.toString().replace('[', '(').replace(']', ')');
    }

    @Override
    Matcher matcher(LeafReaderContext leaf) throws IOException {
      List<Matcher> required = everyOne(scored, clause -> clause.matcher(leaf));
      List<LeafMatcher> filtering = everyOne(filters, filter -> filter.matcher(leaf));
      if (required == null || filtering == null) {
        return null;
      }
      List<LeafMatcher> excluding = new ArrayList<>();
      for (Leaf exclusion : exclusions) {
        LeafMatcher matcher = exclusion.matcher(leaf);
        if (matcher != null) {
          excluding.add(matcher);
        }
      }
      // The rarest clause leads: windows where it matches nothing skip the others.
      required.sort(Comparator.comparingLong(Matcher::cost));
      return new AllMatcher(required, filtering, excluding, this);
    }
  }

  /** The matcher of each clause, or null when one of them matches nothing in the segment. */
  private static <C, M> List<M> everyOne(List<C> clauses, IOFunction<C, M> matcher)
      throws IOException {
    List<M> matchers = new ArrayList<>();
    for (C clause : clauses) {
      M found = matcher.apply(clause);
      if (found == null) {
        return null;
      }
      matchers.add(found);
    }
    return matchers;
  }

  private static final class AllMatcher extends Matcher {
    private final List<Matcher> required;
    private final List<LeafMatcher> filters;
    private final List<LeafMatcher> exclusions;
    private final All node;

    AllMatcher(
        List<Matcher> required, List<LeafMatcher> filters, List<LeafMatcher> exclusions, All node) {
      this.required = required;
      this.filters = filters;
      this.exclusions = exclusions;
      this.node = node;
    }

    @Override
    long cost() {
      long cost = required.get(0).cost();
      for (LeafMatcher filter : filters) {
        cost = Math.min(cost, filter.cost());
      }
      return cost;
    }

    @Override
    void start(long leadCost) throws IOException {
      long lead = Math.min(leadCost, cost());
      for (Matcher clause : required) {
        clause.start(lead);
      }
      for (LeafMatcher clause : filters) {
        clause.start(lead);
      }
      for (LeafMatcher clause : exclusions) {
        clause.start(lead);
      }
    }

    @Override
    int advance(int target) throws IOException {
      return required.get(0).advance(target);
    }

    @Override
    void addInto(int base, int max, Bits live, long[] out, double[] outSums) throws IOException {
      long[] bits = node.bits;
      double[] sums = node.sums;
      required.get(0).addInto(base, max, live, bits, sums);
      boolean any = any(bits);
      for (int i = 1; i < required.size() && any; i++) {
        any =
            required
                .get(i)
                .retainInto(base, max, live, bits, sums, node.clauseBits, node.clauseSums);
      }
      for (int i = 0; i < filters.size() && any; i++) {
        filters.get(i).retain(base, bits, sums, true);
        any = any(bits);
      }
      for (int i = 0; i < exclusions.size() && any; i++) {
        exclusions.get(i).retain(base, bits, sums, false);
        any = any(bits);
      }
      moveRounded(bits, sums, out, outSums);
    }

    private static boolean any(long[] bits) {
      for (long word : bits) {
        if (word != 0) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Adds each document's sum, rounded to a float as Lucene rounds a boolean query's score, to the
   * outer arrays, and clears the inner ones.
   */
  private static void moveRounded(long[] bits, double[] sums, long[] out, double[] outSums) {
    for (int w = 0; w < bits.length; w++) {
      long word = bits[w];
      if (word == 0) {
        continue;
      }
      out[w] |= word;
      bits[w] = 0;
      for (; word != 0; word &= word - 1) {
        int d = (w << 6) | Long.numberOfTrailingZeros(word);
        outSums[d] += (float) sums[d];
        sums[d] = 0;
      }
    }
  }
}
