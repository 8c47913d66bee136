package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The tokens of one query text's analysis, read once: each term with its position increment,
 * position length and boost, and the shape of their graph.
 *
 * <p>Why: Lucene's {@code QueryBuilder} caches each token's attributes, and for a token graph (a
 * name with a multi-word alias: Kyrgyzstan is also "Kyrgyz Republic") builds and determinizes an
 * automaton, then reads each of its paths back as a token stream of its own. For Kyrgyzstan that
 * took 20 µs where reading the tokens takes 2 µs. {@link DragomanQueryParser} builds the queries of
 * the shapes a word's analysis almost always has from these tokens, as {@code QueryBuilder} would,
 * and gives {@code QueryBuilder} the {@link #replay() replayed} tokens for any other shape.
 *
 * <pre>{@code
 * QueryTokens tokens = QueryTokens.read(analyzer.tokenStream("body.names", "Kyrgyzstan"));
 * List<int[]> paths = tokens.alternatives(); // token indexes: kirgijtan, ..., kirgis republik
 * String first = tokens.term(paths.get(0)[0]).utf8ToString(); // "kirgijtan"
 * }</pre>
 */
final class QueryTokens {

  private BytesRef[] terms = new BytesRef[8];
  private int[] increments = new int[8];
  private int[] lengths = new int[8];
  private float[] boosts = new float[8];
  private int size;

  private QueryTokens() {}

  /**
   * The tokens of {@code stream}, which this consumes, ends and closes; none when the stream has no
   * terms.
   */
  static QueryTokens read(TokenStream stream) throws IOException {
    QueryTokens tokens = new QueryTokens();
    try (stream) {
      if (!stream.hasAttribute(TermToBytesRefAttribute.class)) {
        return tokens;
      }
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      BoostAttribute boost = stream.addAttribute(BoostAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            BytesRef.deepCopyOf(term.getBytesRef()),
            increment.getPositionIncrement(),
            length.getPositionLength(),
            boost.getBoost());
      }
      stream.end();
    }
    return tokens;
  }

  private void add(BytesRef term, int increment, int length, float boost) {
    if (size == terms.length) {
      int grown = size * 2;
      terms = Arrays.copyOf(terms, grown);
      increments = Arrays.copyOf(increments, grown);
      lengths = Arrays.copyOf(lengths, grown);
      boosts = Arrays.copyOf(boosts, grown);
    }
    terms[size] = term;
    increments[size] = increment;
    lengths[size] = length;
    boosts[size] = boost;
    size++;
  }

  int size() {
    return size;
  }

  BytesRef term(int token) {
    return terms[token];
  }

  float boost(int token) {
    return boosts[token];
  }

  int increment(int token) {
    return increments[token];
  }

  int length(int token) {
    return lengths[token];
  }

  /** Whether every token stands at the first position, none spanning more (a word's synonyms). */
  boolean onePosition() {
    for (int i = 0; i < size; i++) {
      if (lengths[i] != 1 || increments[i] != (i == 0 ? 1 : 0)) {
        return false;
      }
    }
    return size > 0;
  }

  /**
   * The paths through a token graph that has alternatives from its first position to its last and
   * no position that every path passes through: each path as its tokens' indexes, in the order that
   * Lucene's {@code GraphTokenStreamFiniteStrings} gives them (by token order at each step). Null
   * for any other stream: one without a token spanning several positions, with a gap, or with a
   * position that splits it into parts that {@code QueryBuilder} makes a query each of.
   */
  List<int[]> alternatives() {
    if (size < 2 || increments[0] != 1) {
      return null;
    }
    int[] start = new int[size];
    int[] end = new int[size];
    int position = -1;
    int last = 0;
    boolean graph = false;
    for (int i = 0; i < size; i++) {
      if (increments[i] > 1 || increments[i] < 0 || lengths[i] < 1) {
        return null;
      }
      position += increments[i];
      start[i] = position;
      end[i] = position + lengths[i];
      last = Math.max(last, end[i]);
      graph |= lengths[i] > 1;
    }
    if (!graph) {
      return null;
    }
    boolean[] live = livePositions(start, end, last);
    if (!live[0]
        || !alternativesFromStart(start, end, live)
        || !noSplitPosition(start, end, live)) {
      return null;
    }
    List<int[]> paths = new ArrayList<>();
    collectPaths(0, last, start, end, live, new int[last], 0, paths);
    return paths;
  }

  /** Positions on some path from the first to the last (Lucene drops the others as dead). */
  private boolean[] livePositions(int[] start, int[] end, int last) {
    boolean[] reachable = new boolean[last + 1];
    reachable[0] = true;
    // Tokens run forward: a position is reached once every earlier one has been settled.
    for (int p = 0; p <= last; p++) {
      if (reachable[p]) {
        for (int i = 0; i < size; i++) {
          if (start[i] == p) {
            reachable[end[i]] = true;
          }
        }
      }
    }
    boolean[] reachesLast = new boolean[last + 1];
    reachesLast[last] = true;
    for (int p = last - 1; p >= 0; p--) {
      for (int i = 0; i < size && !reachesLast[p]; i++) {
        reachesLast[p] = start[i] == p && reachesLast[end[i]];
      }
    }
    boolean[] live = new boolean[last + 1];
    for (int p = 0; p <= last; p++) {
      live[p] = reachable[p] && reachesLast[p];
    }
    return live;
  }

  private boolean liveToken(int token, int[] start, int[] end, boolean[] live) {
    return live[start[token]] && live[end[token]];
  }

  /** Lucene's {@code hasSidePath(0)}: tokens from the first position end in different places. */
  private boolean alternativesFromStart(int[] start, int[] end, boolean[] live) {
    int firstEnd = -1;
    for (int i = 0; i < size; i++) {
      if (start[i] == 0 && liveToken(i, start, end, live)) {
        if (firstEnd == -1) {
          firstEnd = end[i];
        } else if (end[i] != firstEnd) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether no inner position is one that every path passes through (an articulation point of
   * Lucene's graph): in a graph whose tokens run forward, it is one exactly when no token spans it.
   */
  private boolean noSplitPosition(int[] start, int[] end, boolean[] live) {
    for (int p = 1; p < live.length - 1; p++) {
      if (!live[p]) {
        continue;
      }
      boolean spanned = false;
      for (int i = 0; i < size && !spanned; i++) {
        spanned = start[i] < p && p < end[i] && liveToken(i, start, end, live);
      }
      if (!spanned) {
        return false;
      }
    }
    return true;
  }

  private void collectPaths(
      int position,
      int last,
      int[] start,
      int[] end,
      boolean[] live,
      int[] path,
      int length,
      List<int[]> paths) {
    if (position == last) {
      paths.add(Arrays.copyOf(path, length));
      return;
    }
    for (int i = 0; i < size; i++) {
      if (start[i] == position && liveToken(i, start, end, live)) {
        path[length] = i;
        collectPaths(end[i], last, start, end, live, path, length + 1, paths);
      }
    }
  }

  /** The tokens again, as a stream for Lucene's {@code QueryBuilder}. */
  TokenStream replay() {
    return new TokenStream() {
      private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
      private final PositionIncrementAttribute increment =
          addAttribute(PositionIncrementAttribute.class);
      private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
      private final BoostAttribute boost = addAttribute(BoostAttribute.class);
      private int next;

      @Override
      public boolean incrementToken() {
        if (next == size) {
          return false;
        }
        clearAttributes();
        term.setBytesRef(terms[next]);
        increment.setPositionIncrement(increments[next]);
        length.setPositionLength(lengths[next]);
        boost.setBoost(boosts[next]);
        next++;
        return true;
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = 0;
      }
    };
  }
}
