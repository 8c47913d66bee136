package org.dragoman.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

class BenchmarkCorpusTest {

  @Test
  void cutsLongBodiesIntoPassagesAtWhitespaceWithoutLosingText() {
    String body = "word ".repeat(1000).strip();
    Article statement = Article.builder().id("s1").body(body).build();

    List<Article> passages = BenchmarkCorpus.passages(statement);

    assertThat(passages).hasSizeGreaterThan(2);
    assertThat(passages).allSatisfy(p -> assertThat(p.body().length()).isLessThanOrEqualTo(1500));
    assertThat(passages).extracting(Article::id).startsWith("s1#0", "s1#1").doesNotHaveDuplicates();
    assertThat(String.join(" ", passages.stream().map(Article::body).toList())).isEqualTo(body);
  }

  @Test
  void keepsShortBodiesWhole() {
    Article news = Article.builder().id("n1").body("Tokayev met Rahmon.").build();

    assertThat(BenchmarkCorpus.passages(news)).containsExactly(news);
  }

  @Test
  void loadsTheBundledCorpusWithADocumentCap() throws Exception {
    assertThat(BenchmarkCorpus.load("", 50, "none")).hasSize(50);
  }
}
