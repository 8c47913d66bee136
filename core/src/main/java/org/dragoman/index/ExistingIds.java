package org.dragoman.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Which article ids a point-in-time reader holds, to tell new articles from replacements. Each
 * indexing thread takes its own {@link #lookup()}: Lucene's terms enumerations are not thread-safe.
 */
final class ExistingIds {

  private final List<LeafReaderContext> leaves;

  ExistingIds(DirectoryReader reader) {
    this.leaves = reader.leaves();
  }

  Lookup lookup() throws IOException {
    return new Lookup(leaves);
  }

  /** One thread's view; reuses its enumerations between calls. */
  static final class Lookup {
    private final TermsEnum[] termsEnums;
    private final Bits[] liveDocs;
    private PostingsEnum postings;

    private Lookup(List<LeafReaderContext> leaves) throws IOException {
      termsEnums = new TermsEnum[leaves.size()];
      liveDocs = new Bits[leaves.size()];
      for (int i = 0; i < leaves.size(); i++) {
        Terms terms = leaves.get(i).reader().terms(ArticleSchema.ID);
        termsEnums[i] = terms == null ? null : terms.iterator();
        liveDocs[i] = leaves.get(i).reader().getLiveDocs();
      }
    }

    /** Whether a live (not replaced, not deleted) document has this id. */
    boolean contains(String id) throws IOException {
      BytesRef term = new BytesRef(id);
      for (int i = 0; i < termsEnums.length; i++) {
        TermsEnum termsEnum = termsEnums[i];
        if (termsEnum == null || !termsEnum.seekExact(term)) {
          continue;
        }
        postings = termsEnum.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (liveDocs[i] == null || liveDocs[i].get(doc)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
