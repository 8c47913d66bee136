package org.dragoman.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.tests.index.BasePostingsFormatTestCase;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Lucene's own randomized checks of a postings format (terms, postings, positions, offsets,
 * payloads, seeking, merging, check-index) run on {@link TermFilterPostingsFormat}: whatever the
 * filter says, every term present is found and every enumeration is the dictionary's.
 */
public class TestTermFilterPostingsFormat extends BasePostingsFormatTestCase {

  @Override
  protected Codec getCodec() {
    return TestUtil.alwaysPostingsFormat(new TermFilterPostingsFormat());
  }
}
