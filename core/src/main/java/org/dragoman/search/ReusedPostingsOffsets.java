package org.dragoman.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Match offsets from the postings, as the unified highlighter's own postings strategy reads them,
 * but with each term looked up once per segment and its postings advanced from hit to hit.
 *
 * <p>The highlighter asks for one field's offsets hit by hit, in increasing document order. Its own
 * strategy seeks every query term again for each hit and opens a new postings enumerator, whose
 * buffers are allocated each time: for a page of ten hits and a word with its name keys in two
 * fields, that set-up was a quarter of a search with snippets (JFR). Here the enumerators of the
 * current segment are kept and advanced to the next hit; a hit in another segment, or one not after
 * the last, starts over.
 *
 * <pre>{@code
 * // in a UnifiedHighlighter subclass
 * protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
 *   return source == OffsetSource.POSTINGS
 *       ? new ReusedPostingsOffsets(components)
 *       : super.getOffsetStrategy(source, components);
 * }
 * }</pre>
 */
final class ReusedPostingsOffsets extends PostingsOffsetStrategy {

  private Terms segmentTerms; // whose terms the enumerators below read
  private BytesRef[] terms;
  private PostingsEnum[] postings; // null where the segment lacks the term
  private int lastDoc = -1;

  ReusedPostingsOffsets(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsForTerms(
      BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
      throws IOException {
    // The terms of a phrase query come in a new array each time: compare their bytes.
    if (termsIndex != segmentTerms || !Arrays.equals(sourceTerms, terms) || doc <= lastDoc) {
      lookUp(sourceTerms, termsIndex);
    }
    lastDoc = doc;
    for (int i = 0; i < terms.length; i++) {
      PostingsEnum termPostings = postings[i];
      if (termPostings == null) {
        continue;
      }
      int current = termPostings.docID();
      if (current < doc) {
        current = termPostings.advance(doc);
      }
      if (current == doc) {
        results.add(new OffsetsEnum.OfPostings(terms[i], termPostings));
      }
    }
  }

  private void lookUp(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
    segmentTerms = termsIndex;
    terms = sourceTerms;
    postings = new PostingsEnum[sourceTerms.length];
    TermsEnum dictionary = termsIndex.iterator();
    for (int i = 0; i < sourceTerms.length; i++) {
      if (dictionary.seekExact(sourceTerms[i])) {
        postings[i] = dictionary.postings(null, PostingsEnum.OFFSETS);
        if (postings[i] == null) {
          throw new IllegalArgumentException(
              "field '" + getField() + "' was indexed without offsets, cannot highlight");
        }
      }
    }
  }
}
