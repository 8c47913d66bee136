package org.dragoman.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.dragoman.index.ArticleSchema;
import org.dragoman.index.HitFields;
import org.dragoman.index.IndexOrder;

/**
 * The id tie-break of a relevance sort, in the same order as {@link IndexOrder#byId()} (ids as
 * bytes, ascending) but cheaper where scores lead the sort.
 *
 * <p>Lucene's string comparator copies the id's bytes for every hit that enters the queue, which in
 * a relevance search is most hits the scorer lets through, and each copy decompresses a block of
 * the id dictionary. Here a slot keeps the id's ordinal and the segment it came from; two slots of
 * one segment compare by ordinal, and the bytes are read only to compare across segments or for the
 * hits' sort values (the cursor), from the hit doc value. The result is the same order and the same
 * sort values.
 *
 * <pre>{@code
 * Sort relevance = new Sort(SortField.FIELD_SCORE, IdTieBreak.sortField());
 * }</pre>
 */
final class IdTieBreak extends FieldComparatorSource {

  private IdTieBreak() {}

  /** Ascending by id, like {@link IndexOrder#byId()}. */
  static SortField sortField() {
    return new SortField(ArticleSchema.ID, new IdTieBreak());
  }

  @Override
  public FieldComparator<?> newComparator(
      String field, int numHits, Pruning pruning, boolean reversed) {
    if (reversed) {
      throw new IllegalArgumentException("the id tie-break of " + field + " is ascending only");
    }
    return new Comparator(field, numHits);
  }

  /** Slots hold ordinals of the segment they were filled from; a missing id is -1 and first. */
  private static final class Comparator extends FieldComparator<BytesRef> {

    private static final int MISSING = -1;

    private final String field;
    private final int[] ords;
    private final int[] segments;
    private final SortedDocValues[] sources;
    private final LeafReader[] readers; // where the slot's document is, for its hit doc value
    private final int[] docs;
    private final BytesRef[] values;
    private final boolean[] resolved;
    private int currentSegment = -1;
    private int bottomSlot = -1;
    private BytesRef top;

    Comparator(String field, int numHits) {
      this.field = field;
      ords = new int[numHits];
      segments = new int[numHits];
      sources = new SortedDocValues[numHits];
      readers = new LeafReader[numHits];
      docs = new int[numHits];
      values = new BytesRef[numHits];
      resolved = new boolean[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      if (segments[slot1] == segments[slot2]) {
        return Integer.compare(ords[slot1], ords[slot2]);
      }
      return compareValues(value(slot1), value(slot2));
    }

    @Override
    public void setTopValue(BytesRef value) {
      top = value;
    }

    @Override
    public BytesRef value(int slot) {
      if (!resolved[slot]) {
        try {
          values[slot] = ords[slot] == MISSING ? null : read(slot);
        } catch (IOException e) {
          throw new UncheckedIOException("reading the id of a hit", e);
        }
        resolved[slot] = true;
      }
      return values[slot];
    }

    /**
     * The id of the slot's document from its hit doc value, which holds it as plain bytes: the id
     * dictionary ({@code lookupOrd}) decompresses a block of ids for each, about four times the
     * time on the reference corpus. An index without hit values answers from the dictionary.
     */
    private BytesRef read(int slot) throws IOException {
      BinaryDocValues hits = readers[slot].getBinaryDocValues(ArticleSchema.HIT);
      if (hits != null && hits.advanceExact(docs[slot])) {
        return HitFields.idBytes(hits.binaryValue());
      }
      return BytesRef.deepCopyOf(sources[slot].lookupOrd(ords[slot]));
    }

    @Override
    public int compareValues(BytesRef first, BytesRef second) {
      if (first == null || second == null) {
        return first == null ? (second == null ? 0 : -1) : 1;
      }
      return first.compareTo(second);
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
      currentSegment++;
      return new Leaf(context.reader(), DocValues.getSorted(context.reader(), field));
    }

    private final class Leaf implements LeafFieldComparator {

      private final LeafReader reader;
      private final SortedDocValues ids;
      // The bottom and top as ordinals of this segment; when their id is not in it, the ordinal
      // just below where it would be, and exact comparisons become strict ones.
      private int bottomOrd;
      private boolean bottomInSegment;
      private final int topOrd;
      private final boolean topInSegment;

      Leaf(LeafReader reader, SortedDocValues ids) throws IOException {
        this.reader = reader;
        this.ids = ids;
        if (top == null) {
          topOrd = MISSING;
          topInSegment = true;
        } else {
          int ord = ids.lookupTerm(top);
          topInSegment = ord >= 0;
          topOrd = ord >= 0 ? ord : -ord - 2;
        }
        // The collector sets the bottom only when it changes: carry it over into this segment.
        if (bottomSlot != -1) {
          setBottom(bottomSlot);
        }
      }

      private int ordOf(int doc) throws IOException {
        return ids.advanceExact(doc) ? ids.ordValue() : MISSING;
      }

      @Override
      public void setBottom(int slot) throws IOException {
        bottomSlot = slot;
        if (segments[slot] == currentSegment) {
          bottomOrd = ords[slot];
          bottomInSegment = true;
          return;
        }
        BytesRef bottom = value(slot);
        if (bottom == null) {
          bottomOrd = MISSING;
          bottomInSegment = true;
          return;
        }
        int ord = ids.lookupTerm(bottom);
        bottomInSegment = ord >= 0;
        bottomOrd = ord >= 0 ? ord : -ord - 2;
        if (bottomInSegment) {
          // The slot now names the same id in this segment: later comparisons stay by ordinal.
          segments[slot] = currentSegment;
          ords[slot] = ord;
          sources[slot] = ids;
        }
      }

      @Override
      public int compareBottom(int doc) throws IOException {
        int ord = ordOf(doc);
        if (bottomInSegment) {
          return Integer.compare(bottomOrd, ord);
        }
        return bottomOrd >= ord ? 1 : -1;
      }

      @Override
      public int compareTop(int doc) throws IOException {
        int ord = ordOf(doc);
        if (topInSegment) {
          return Integer.compare(topOrd, ord);
        }
        return ord <= topOrd ? 1 : -1;
      }

      @Override
      public void copy(int slot, int doc) throws IOException {
        ords[slot] = ordOf(doc);
        segments[slot] = currentSegment;
        sources[slot] = ids;
        readers[slot] = reader;
        docs[slot] = doc;
        values[slot] = null;
        resolved[slot] = false;
      }

      @Override
      public void setScorer(Scorable scorer) {}
    }
  }
}
