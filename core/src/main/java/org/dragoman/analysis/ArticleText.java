package org.dragoman.analysis;

import org.dragoman.model.Article;

/**
 * The parts of an article that are searched as full text. Each part has one stored field of the
 * same name (for display and snippets) and may feed further indexed-only fields with other analysis
 * (see {@link FullTextField}).
 */
public enum ArticleText {
  TITLE("title"),
  BODY("body");

  private final String fieldName;

  ArticleText(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The stored field holding this text as written, also the name users type ({@code title:}). */
  public String fieldName() {
    return fieldName;
  }

  /** This part of {@code article}; possibly empty (an article without title). */
  public String of(Article article) {
    return switch (this) {
      case TITLE -> article.title();
      case BODY -> article.body();
    };
  }
}
