package org.dragoman.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CompactPassageScorerTest {

  @Test
  void scoresPassagesExactlyAsLucenesScorer() {
    Passage passage = new Passage();
    passage.setStartOffset(120);
    passage.setEndOffset(360);
    passage.addMatch(130, 137, new BytesRef("tokayev"), 4);
    passage.addMatch(150, 156, new BytesRef("rahmon"), 2);
    passage.addMatch(200, 207, new BytesRef("tokayev"), 4);
    passage.addMatch(300, 308, new BytesRef("dushanbe"), 1);

    float expected = new PassageScorer().score(passage, 3200);

    assertThat(new CompactPassageScorer().score(passage, 3200)).isEqualTo(expected).isPositive();
  }

  @Test
  void scoresAPassageWithoutMatchesAsZero() {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(100);

    assertThat(new CompactPassageScorer().score(passage, 1000)).isZero();
  }
}
