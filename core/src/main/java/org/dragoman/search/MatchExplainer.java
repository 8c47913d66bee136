package org.dragoman.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.Match;

/**
 * Says which text of an article matched which word of the query, for any analysis chain: the
 * query's leaf terms are collected per field ({@link Query#visit}), the hit's stored text is
 * analysed again with each full-text field's analyzer, and every token equal to a query term (or
 * accepted by a pattern's automaton) is reported with the text its offsets cover. So a stemmed
 * field reports {@code talks} for the query word {@code talk}, and a name field reports {@code
 * Токаев} for {@code Tokayev}: the offsets always point into the original text.
 *
 * <p>The query word of a term is found the same way: the query text is analysed with the field's
 * analyzer, and each term is traced back to the query text its offsets cover. Words under a {@code
 * NOT} are not explained (a hit cannot contain them); words of a phrase are reported wherever they
 * occur, also outside the phrase.
 *
 * <pre>{@code
 * MatchExplainer.ForQuery explain = new MatchExplainer(analyzers).forQuery(query, "talks");
 * List<Match> matches = explain.matches(storedDocument);
 * }</pre>
 */
final class MatchExplainer {

  /** Enough to explain any reasonable query; a pattern like {@code a*} could match thousands. */
  static final int MAX_MATCHES_PER_HIT = 100;

  /** Characters of the query syntax, each replaced by one space. */
  private static final Pattern QUERY_SYNTAX = Pattern.compile("[:()\"+!^~*?\\[\\]{}\\\\/]");

  private final DragomanAnalyzers analyzers;

  MatchExplainer(DragomanAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** What one field of the query looks for. */
  private static final class FieldTerms {
    final Set<BytesRef> terms = new HashSet<>();
    final Map<String, Supplier<ByteRunAutomaton>> patterns = new HashMap<>();
  }

  /** Prepares the explanations of {@code query}, parsed from {@code queryText}. */
  ForQuery forQuery(Query query, String queryText) {
    Map<String, FieldTerms> perField = new HashMap<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            for (Term term : terms) {
              perField.computeIfAbsent(term.field(), f -> new FieldTerms()).terms.add(term.bytes());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            perField
                .computeIfAbsent(field, f -> new FieldTerms())
                .patterns
                .put(leaf.toString(field), automaton);
          }
        });
    return new ForQuery(perField, queryText);
  }

  /** The explanations of one query, for each of its hits. Not thread-safe. */
  final class ForQuery {
    private final Map<String, FieldTerms> perField;
    private final String queryText;
    private final Map<String, Map<BytesRef, String>> queryWords = new HashMap<>();
    private final Map<String, ByteRunAutomaton> automata = new HashMap<>();

    private ForQuery(Map<String, FieldTerms> perField, String queryText) {
      this.perField = perField;
      this.queryText = queryText;
    }

    /**
     * The matches in {@code doc}, a document with the stored title, body and language: title first,
     * then body, in order of appearance, each (query word, text, field) once.
     */
    List<Match> matches(Document doc) {
      Set<Match> matches = new LinkedHashSet<>();
      for (FullTextField field : analyzers.fullTextFields()) {
        FieldTerms wanted = perField.get(field.name());
        String text = doc.get(field.text().fieldName());
        if (wanted != null && text != null) {
          Analyzer analyzer = analyzers.indexAnalyzer(field.name(), doc.get(ArticleSchema.LANG));
          collect(field.name(), analyzer, wanted, text, matches);
        }
      }
      return List.copyOf(matches);
    }

    private void collect(
        String field, Analyzer analyzer, FieldTerms wanted, String text, Set<Match> into) {
      // Before the article's token stream opens: the analyzer reuses one stream per field.
      Map<BytesRef, String> words = queryWords(field);
      try (TokenStream tokens = analyzer.tokenStream(field, text)) {
        TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        tokens.reset();
        while (tokens.incrementToken() && into.size() < MAX_MATCHES_PER_HIT) {
          String queryWord = queryWord(field, wanted, words, term.getBytesRef());
          if (queryWord != null) {
            String surface = text.substring(offset.startOffset(), offset.endOffset());
            into.add(new Match(queryWord, surface, field));
          }
        }
        tokens.end();
      } catch (IOException e) {
        // Analysing a String reads no file: an IOException here is a broken analysis chain.
        throw new UncheckedIOException("analysing the stored " + field + " failed", e);
      }
    }

    /** The query word that {@code token} matches in {@code field}, or null when it matches none. */
    private String queryWord(
        String field, FieldTerms wanted, Map<BytesRef, String> words, BytesRef token) {
      if (wanted.terms.contains(token)) {
        return words.getOrDefault(token, token.utf8ToString());
      }
      for (Map.Entry<String, Supplier<ByteRunAutomaton>> pattern : wanted.patterns.entrySet()) {
        ByteRunAutomaton automaton =
            automata.computeIfAbsent(
                field + '\u0000' + pattern.getKey(), k -> pattern.getValue().get());
        if (automaton.run(token.bytes, token.offset, token.length)) {
          return pattern.getKey();
        }
      }
      return null;
    }

    /** Each term the query text gives in {@code field}, mapped to the query text it came from. */
    private Map<BytesRef, String> queryWords(String field) {
      return queryWords.computeIfAbsent(field, this::analyseQueryText);
    }

    private Map<BytesRef, String> analyseQueryText(String field) {
      Map<BytesRef, String> words = new HashMap<>();
      // Syntax becomes space, so that "title:talks" gives the word "talks"; offsets stay valid.
      String wordsOnly = QUERY_SYNTAX.matcher(queryText).replaceAll(" ");
      try (TokenStream tokens = analyzers.queryAnalyzer().tokenStream(field, wordsOnly)) {
        TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          words.putIfAbsent(
              BytesRef.deepCopyOf(term.getBytesRef()),
              queryText.substring(offset.startOffset(), offset.endOffset()));
        }
        tokens.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing the query text for " + field + " failed", e);
      }
      return words;
    }
  }
}
