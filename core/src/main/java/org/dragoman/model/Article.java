package org.dragoman.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article: a news item, a statement or an agency wire.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .id("kazinform-2024-08-22")
 *     .date(ArticleDate.parse("2024-08-22"))
 *     .source("Kazinform")
 *     .title("Tokayev and Rahmon continue talks")
 *     .body("Presidents of Kazakhstan and Tajikistan ...")
 *     .lang("en")
 *     .build();
 * }</pre>
 *
 * @param id unique within an index; re-indexing an article with the same id replaces it
 * @param date publication date, or {@code null} when unknown
 * @param source who published it ("Kazinform", "kremlin.ru"), or {@code null}
 * @param title the headline, possibly empty
 * @param body the text; never blank
 * @param lang ISO 639-1 language code ("en", "ru"), or {@code null}
 * @param url where it was published, or {@code null}
 * @param citedSources sources the article cites ("Akorda"), possibly empty
 * @param metadata any other input fields (country, speaker ...), kept as stored text
 */
public record Article(
    String id,
    ArticleDate date,
    String source,
    String title,
    String body,
    String lang,
    String url,
    List<String> citedSources,
    Map<String, String> metadata) {

  public Article {
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    requireNonNull(body, "body");
    if (body.isBlank()) {
      throw new IllegalArgumentException("body of article " + id + " is empty");
    }
    title = title == null ? "" : title;
    source = blankToNull(source);
    lang = blankToNull(lang);
    url = blankToNull(url);
    citedSources = citedSources == null ? List.of() : List.copyOf(citedSources);
    metadata = metadata == null ? Map.of() : unmodifiableCopy(metadata);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Map<String, String> unmodifiableCopy(Map<String, String> metadata) {
    // Keeps the input order, which is the order users wrote the fields in.
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this article, to change a field or two. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.date = date;
    b.source = source;
    b.title = title;
    b.body = body;
    b.lang = lang;
    b.url = url;
    b.citedSources.addAll(citedSources);
    b.metadata.putAll(metadata);
    return b;
  }

  /** Builds an {@link Article}; {@link #build()} validates. */
  public static final class Builder {
    private String id;
    private ArticleDate date;
    private String source;
    private String title;
    private String body;
    private String lang;
    private String url;
    private final List<String> citedSources = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder date(ArticleDate date) {
      this.date = date;
      return this;
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public Builder date(String date) {
      this.date = date == null ? null : ArticleDate.parse(date);
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder citedSource(String citedSource) {
      this.citedSources.add(citedSource);
      return this;
    }

    public Builder citedSources(List<String> citedSources) {
      this.citedSources.clear();
      this.citedSources.addAll(citedSources);
      return this;
    }

    public Builder metadata(String key, String value) {
      this.metadata.put(key, value);
      return this;
    }

    public Builder metadata(Map<String, String> metadata) {
      this.metadata.clear();
      this.metadata.putAll(metadata);
      return this;
    }

    /** The id if set, else {@code null}: readers derive a content id when it is missing. */
    public String id() {
      return id;
    }

    public Article build() {
      return new Article(id, date, source, title, body, lang, url, citedSources, metadata);
    }
  }
}
