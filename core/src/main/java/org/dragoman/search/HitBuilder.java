package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.index.ArticleSchema;
import org.dragoman.index.HitFields;
import org.dragoman.model.ArticleDate;
import org.dragoman.model.Match;
import org.dragoman.model.SearchHit;

/**
 * Turns a page of Lucene hits into {@link SearchHit}s: stored fields, highlighted title and body
 * snippet, and on request the explanation of the matches. Thread-safe.
 */
final class HitBuilder {

  private static final Set<String> HIT_FIELDS =
      Set.of(
          ArticleSchema.ID,
          ArticleSchema.DATE,
          ArticleSchema.SOURCE_DISPLAY,
          ArticleSchema.TITLE,
          ArticleSchema.URL);

  /** Explanations also need the body and its language, which a plain hit does not load. */
  private static final Set<String> EXPLAINED_HIT_FIELDS =
      Set.of(
          ArticleSchema.ID,
          ArticleSchema.DATE,
          ArticleSchema.SOURCE_DISPLAY,
          ArticleSchema.TITLE,
          ArticleSchema.URL,
          ArticleSchema.BODY,
          ArticleSchema.LANG);

  private final Snippets snippets;

  HitBuilder(DragomanAnalyzers analyzers) {
    this.snippets = new Snippets(analyzers);
  }

  /**
   * The hits of {@code page}, in its order.
   *
   * @param highlightQuery the query whose matches are marked (without the filters), or null for
   *     hits without snippets (an empty snippet and the plain title)
   * @param explain the explanations of the query, or null to explain nothing
   */
  List<SearchHit> build(
      IndexSearcher searcher,
      Query highlightQuery,
      ScoreDoc[] page,
      MatchExplainer.ForQuery explain)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    if (highlightQuery == null && explain == null) {
      HitFields[] fields = fromDocValues(searcher, page);
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(page[i], fields[i], null, null, List.of()));
      }
      return hits;
    }
    Snippets.Highlights highlights =
        highlightQuery == null
            ? Snippets.Highlights.none(page.length)
            : snippets.of(
                searcher,
                highlightQuery,
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page),
                EXPLAINED_HIT_FIELDS);
    StoredFields storedFields = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = highlights.documents().get(page[i].doc);
      if (doc == null) {
        doc =
            storedFields.document(page[i].doc, explain == null ? HIT_FIELDS : EXPLAINED_HIT_FIELDS);
      }
      HitFields fields =
          new HitFields(
              doc.get(ArticleSchema.ID),
              doc.get(ArticleSchema.DATE),
              doc.get(ArticleSchema.SOURCE_DISPLAY),
              doc.get(ArticleSchema.TITLE),
              doc.get(ArticleSchema.URL));
      List<Match> matches = explain == null ? List.of() : explain.matches(doc);
      hits.add(hit(page[i], fields, highlights.bodies()[i], highlights.titles()[i], matches));
    }
    return hits;
  }

  private static SearchHit hit(
      ScoreDoc scoreDoc,
      HitFields fields,
      String snippet,
      String titleSnippet,
      List<Match> matches) {
    return new SearchHit(
        fields.id(),
        scoreDoc.score,
        fields.date() == null ? null : ArticleDate.parse(fields.date()),
        fields.source(),
        fields.title(),
        fields.url(),
        snippet,
        titleSnippet,
        matches);
  }

  /**
   * The hit fields of a page from their doc value, in the page's order: reading them from the
   * stored fields would decompress the stored block of each hit, article bodies and all.
   */
  static HitFields[] fromDocValues(IndexSearcher searcher, ScoreDoc[] page) throws IOException {
    if (!Arrays.stream(page).allMatch(ReadHit.class::isInstance)) {
      return fromDocValues(searcher, page, HitFields::decode, HitFields[]::new);
    }
    HitFields[] fields = new HitFields[page.length];
    for (int i = 0; i < page.length; i++) {
      fields[i] = HitFields.decode(((ReadHit) page[i]).hitValue);
    }
    return fields;
  }

  /**
   * A hit of a page whose hit doc value was read when the page was put in order (its id breaks
   * ties): building the hit decodes it instead of reading the doc values a second time.
   */
  static final class ReadHit extends FieldDoc {
    private final BytesRef hitValue;

    private ReadHit(ScoreDoc hit, BytesRef hitValue) {
      super(hit.doc, hit.score, new Object[] {hit.score, HitFields.idBytes(hitValue)});
      this.hitValue = hitValue;
    }
  }

  /**
   * {@code hits} with their hit doc values read (a copy each), in the same order, with the score
   * and the id (UTF-8 bytes) as sort values: {@link ReadHit}s in an array of plain {@link
   * FieldDoc}s, which takes any other hit too.
   */
  static FieldDoc[] read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    BytesRef[] values = fromDocValues(searcher, hits, BytesRef::deepCopyOf, BytesRef[]::new);
    FieldDoc[] read = new FieldDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      read[i] = new ReadHit(hits[i], values[i]);
    }
    return read;
  }

  private static <T> T[] fromDocValues(
      IndexSearcher searcher,
      ScoreDoc[] page,
      Function<BytesRef, T> decode,
      IntFunction<T[]> newArray)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    // Doc values are read forwards: visit the hits in doc id order.
    Integer[] byDoc = new Integer[page.length];
    for (int i = 0; i < page.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> page[i].doc));
    T[] fields = newArray.apply(page.length);
    int leafIndex = -1;
    BinaryDocValues values = null;
    for (int i : byDoc) {
      int doc = page[i].doc;
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = DocValues.getBinary(leaves.get(leaf).reader(), ArticleSchema.HIT);
      }
      if (!values.advanceExact(doc - leaves.get(leaf).docBase)) {
        throw new IllegalStateException(
            "document " + doc + " has no " + ArticleSchema.HIT + " doc value: re-index it");
      }
      fields[i] = decode.apply(values.binaryValue());
    }
    return fields;
  }
}
