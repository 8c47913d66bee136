package org.dragoman.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dragoman.analysis.ArticleText;
import org.dragoman.analysis.DragomanAnalyzers;
import org.dragoman.analysis.FullTextField;
import org.dragoman.analysis.NameKeyer;
import org.dragoman.analysis.NameTokenizer;
import org.dragoman.index.ArticleDocuments;
import org.dragoman.index.ArticleSchema;
import org.dragoman.model.ArticleDate;

/**
 * Dragoman's query syntax: Lucene's classic syntax with every word required by default, words
 * searched in all full-text fields of {@link DragomanAnalyzers}, and Dragoman's own fields.
 *
 * <pre>{@code
 * Query q = DragomanQueryParser.parse(
 *     "Tokayev (Rahmon OR Mirziyoyev) -Putin source:kazinform date:[2019-01 TO 2024-06-30]",
 *     analyzers, false);
 * }</pre>
 *
 * <ul>
 *   <li>{@code title:}, {@code body:} search one text (with all its analyses);
 *   <li>{@code exact:} matches a word or {@code "phrase"} as spelled, without name variants ({@code
 *       exact:Rahmon} does not find Rakhmon);
 *   <li>{@code source:}, {@code lang:}, {@code cites:} match a whole value, in any case; {@code
 *       id:} matches an id exactly;
 *   <li>{@code date:2024}, {@code date:2024-08}, {@code date:2024-08-22} and {@code date:[2019-01
 *       TO 2024-06-30]} ({@code *} for an open end) match articles whose date period overlaps.
 * </ul>
 *
 * <p>Not thread-safe: one parser per query, as with Lucene's parsers.
 */
public final class DragomanQueryParser extends QueryParser {

  private static final List<String> FIELDS =
      List.of("title", "body", "exact", "source", "lang", "date", "cites", "id");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final DragomanAnalyzers analyzers;
  private final boolean exact;
  private final boolean readTokensOnce;

  /** Each query analyzer's readings of the texts analysed so far: see {@link #tokens}. */
  private final Map<Analyzer, Map<String, QueryTokens>> readings = new IdentityHashMap<>();

  private DragomanQueryParser(DragomanAnalyzers analyzers, boolean exact, boolean readTokensOnce) {
    super(null, analyzers.queryAnalyzer()); // null: unfielded words go to getFieldQuery(null, ..)
    this.analyzers = analyzers;
    this.exact = exact;
    this.readTokensOnce = readTokensOnce;
    setDefaultOperator(AND_OPERATOR);
    // Runs of plain words reach getFieldQuery whole, so that multi-word aliases ("Collective
    // Security Treaty Organization" = CSTO) can match; each word still matches in any field.
    setSplitOnWhitespace(false);
    setAllowLeadingWildcard(false);
    // A multi-word alias ("Collective Security Treaty Organization" for ОДКБ) must match as a
    // phrase: as loose words it would find every article about security and treaties.
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * Parses {@code text}.
   *
   * @param exact search only the fields that match names as spelled (no variants)
   * @throws QuerySyntaxException naming the problem when the text is not valid syntax
   */
  public static Query parse(String text, DragomanAnalyzers analyzers, boolean exact) {
    return parse(text, analyzers, exact, true);
  }

  /**
   * {@link #parse(String, DragomanAnalyzers, boolean)}, with every analysis made into a query by
   * Lucene's {@code QueryBuilder} when {@code readTokensOnce} is false: the reference that the
   * tests hold the parser's own query building to.
   */
  static Query parse(
      String text, DragomanAnalyzers analyzers, boolean exact, boolean readTokensOnce) {
    QuerySyntaxChecks.check(text);
    try {
      return new DragomanQueryParser(analyzers, exact, readTokensOnce).parse(text);
    } catch (ParseException e) {
      throw new QuerySyntaxException(
          "query "
              + QuerySyntaxChecks.quote(text)
              + " does not parse: "
              + QuerySyntaxChecks.reason(e),
          e);
    } catch (QuerySyntaxException e) {
      throw e;
    } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
      // Lucene's query constructors reject some values the grammar lets through (a malformed
      // /regular expression/, too many fuzzy edits).
      throw new QuerySyntaxException(
          "query " + QuerySyntaxChecks.quote(text) + " does not parse: " + e.getMessage(), e);
    }
  }

  @Override
  protected Query getFieldQuery(String userField, String queryText, boolean quoted)
      throws ParseException {
    if (!quoted && WHITESPACE.matcher(queryText.strip()).find()) {
      return wordRun(userField, queryText.strip());
    }
    String field = known(userField);
    if (isText(field)) {
      // A hyphenated word (Kassym-Jomart, Nur-Sultan) matches as a phrase, not as loose words;
      // a short compound (Ak-Orda) also as the joined word the tokenizer indexes (Akorda).
      boolean phrase = quoted || queryText.indexOf('-') > 0;
      String joined = quoted ? null : NameTokenizer.joinedCompound(queryText);
      List<FullTextField> fields = textFields(field);
      List<Query> queries =
          eachField(fields, name -> newFieldQuery(getAnalyzer(), name, queryText, phrase));
      List<Query> joinedQueries =
          joined == null
              ? null
              : eachField(
                  fields,
                  name -> newFieldQuery(getAnalyzer(), name, joined, joined.indexOf('-') > 0));
      List<Query> perField = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        perField.add(boost(queries.get(i), fields.get(i)));
        if (joinedQueries != null) {
          perField.add(boost(joinedQueries.get(i), fields.get(i)));
        }
      }
      return anyOf(perField);
    }
    return keywordQuery(field, queryText);
  }

  @Override
  protected Query getFieldQuery(String userField, String queryText, int slop)
      throws ParseException {
    String field = known(userField);
    if (isText(field)) {
      List<FullTextField> fields = textFields(field);
      List<Query> queries =
          eachField(
              fields, name -> withSlop(newFieldQuery(getAnalyzer(), name, queryText, true), slop));
      List<Query> perField = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        perField.add(boost(queries.get(i), fields.get(i)));
      }
      return anyOf(perField);
    }
    return keywordQuery(field, queryText);
  }

  @Override
  protected Query getRangeQuery(
      String userField, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String field = known(userField);
    if (!"date".equals(field)) {
      throw new ParseException(
          "range [" + part1 + " TO " + part2 + "] works on date only, not on " + describe(field));
    }
    ArticleDate start = part1 == null ? null : date(part1);
    ArticleDate end = part2 == null ? null : date(part2);
    if (start != null && end != null && start.firstDay().isAfter(end.lastDay())) {
      throw new ParseException("date range [" + part1 + " TO " + part2 + "] ends before it starts");
    }
    LocalDate from = null;
    if (start != null) {
      from = startInclusive ? start.firstDay() : start.lastDay().plusDays(1);
    }
    LocalDate to = null;
    if (end != null) {
      to = endInclusive ? end.lastDay() : end.firstDay().minusDays(1);
    }
    return DateQueries.overlapping(from, to);
  }

  @Override
  protected Query getWildcardQuery(String userField, String termStr) throws ParseException {
    if ("*".equals(termStr) && (userField == null || "*".equals(userField))) {
      return MatchAllDocsQuery.INSTANCE; // "*" and "*:*": every article, to browse with filters
    }
    String field = known(userField);
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      throw new ParseException(
          "leading wildcard in " + termStr + " is not supported: start the word with a letter");
    }
    List<Query> perField = new ArrayList<>();
    for (FullTextField f : patternFields(field, termStr)) {
      perField.add(boost(super.getWildcardQuery(f.name(), termStr), f));
    }
    return anyOf(perField);
  }

  @Override
  protected Query getPrefixQuery(String userField, String termStr) throws ParseException {
    String field = known(userField);
    List<Query> perField = new ArrayList<>();
    for (FullTextField f : patternFields(field, termStr + "*")) {
      perField.add(boost(super.getPrefixQuery(f.name(), termStr), f));
    }
    return anyOf(perField);
  }

  @Override
  protected Query getFuzzyQuery(String userField, String termStr, float minSimilarity)
      throws ParseException {
    String field = known(userField);
    List<Query> perField = new ArrayList<>();
    for (FullTextField f : patternFields(field, termStr + "~")) {
      perField.add(boost(super.getFuzzyQuery(f.name(), termStr, minSimilarity), f));
    }
    return anyOf(perField);
  }

  @Override
  protected Query getRegexpQuery(String userField, String termStr) throws ParseException {
    String field = known(userField);
    List<Query> perField = new ArrayList<>();
    for (FullTextField f : patternFields(field, "/" + termStr + "/")) {
      perField.add(boost(super.getRegexpQuery(f.name(), termStr), f));
    }
    return anyOf(perField);
  }

  /** A group of only negated clauses ({@code -Putin}) means "all articles except". */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    boolean onlyNegative =
        !clauses.isEmpty()
            && clauses.stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    if (!onlyNegative) {
      return super.getBooleanQuery(clauses);
    }
    List<BooleanClause> withAll = new ArrayList<>(clauses);
    withAll.add(new BooleanClause(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER));
    return super.getBooleanQuery(withAll);
  }

  /**
   * A run of plain words: every word must match, each in any field ("Tokayev Dushanbe" finds
   * Tokayev in the title and Dushanbe in the body); or the whole run matches in a name field, where
   * multi-word aliases apply.
   */
  private Query wordRun(String userField, String run) throws ParseException {
    BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
    int clauses = 0;
    String[] words = WHITESPACE.split(run);
    for (int i = 0; i < words.length; i++) {
      Query q = orOtherCase(getFieldQuery(userField, words[i], false), userField, words[i]);
      if (q != null && i < words.length - 1) {
        q = orInitial(q, userField, words[i], words[i + 1]);
        q = orIzafet(q, userField, words[i], words[i + 1]);
      }
      if (q != null) {
        everyWord.add(q, BooleanClause.Occur.MUST);
        clauses++;
      }
    }
    if (clauses == 0) {
      return null;
    }
    String field = known(userField);
    List<FullTextField> namesFields =
        textFields(field).stream().filter(FullTextField::nameVariants).toList();
    if (!wholeRunAddsMatches(namesFields, run, words)) {
      // The whole run could only match where every word already does: without it the query is a
      // plain conjunction, which Lucene scores with block-max skipping (a disjunction around it
      // makes every match scored).
      return everyWord.build();
    }
    List<Query> runQueries =
        eachField(namesFields, name -> createBooleanQuery(name, run, BooleanClause.Occur.MUST));
    List<Query> wholeRun = new ArrayList<>();
    for (int i = 0; i < namesFields.size(); i++) {
      wholeRun.add(boost(runQueries.get(i), namesFields.get(i)));
    }
    Query names = anyOf(wholeRun);
    if (names == null) {
      return everyWord.build();
    }
    Query either =
        new BooleanQuery.Builder()
            .add(everyWord.build(), BooleanClause.Occur.SHOULD)
            .add(names, BooleanClause.Occur.SHOULD)
            .build();
    // The parser spreads the clauses of a returned BooleanQuery into the enclosing query with
    // the default operator (AND), which would require both sides: wrap it so it stays one clause.
    return new BooleanQuery.Builder().add(either, BooleanClause.Occur.MUST).build();
  }

  /**
   * Whether the whole run in the name fields can match an article that the conjunction of its words
   * does not. It cannot when, in each name field, the run analyses into exactly its words' separate
   * analyses one after the other (same terms, positions and graph): its query is then the
   * conjunction of the words' own name-field queries, each of which is already one of the ways its
   * word matches. A multi-word alias, a compound joined across words or a rule of case in runs
   * changes the run's analysis and keeps the clause; so does a hyphenated word, which alone matches
   * as a phrase and in the run as loose words, and a word with no name-field terms.
   */
  private boolean wholeRunAddsMatches(List<FullTextField> namesFields, String run, String[] words)
      throws ParseException {
    for (String word : words) {
      if (word.indexOf('-') > 0) {
        return true;
      }
    }
    Map<Analyzer, Boolean> compared = new IdentityHashMap<>();
    for (FullTextField f : namesFields) {
      Analyzer analyzer = analyzers.queryAnalyzer(f.name());
      if (compared.containsKey(analyzer)) {
        continue;
      }
      compared.put(analyzer, Boolean.TRUE);
      List<AnalysedToken> separate = new ArrayList<>();
      for (String word : words) {
        List<AnalysedToken> tokens = analyse(f.name(), word);
        if (tokens.isEmpty()) {
          return true;
        }
        separate.addAll(tokens);
      }
      if (!separate.equals(analyse(f.name(), run))) {
        return true;
      }
    }
    return false;
  }

  /** One token of a query analysis: its term, position increment and position length. */
  private record AnalysedToken(BytesRef term, int increment, int length) {}

  private List<AnalysedToken> analyse(String field, String text) throws ParseException {
    QueryTokens read;
    try {
      read = tokens(field, text);
    } catch (IOException e) {
      ParseException error = new ParseException("cannot analyse " + text + ": " + e.getMessage());
      error.initCause(e);
      throw error;
    }
    List<AnalysedToken> tokens = new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      tokens.add(new AnalysedToken(read.term(i), read.increment(i), read.length(i)));
    }
    return tokens;
  }

  /**
   * {@code field}'s query analysis of {@code text}, read once per parse: a run's checks (other
   * case, whole run, next word) analyse again the words that its queries already did.
   */
  private QueryTokens tokens(String field, String text) throws IOException {
    Map<String, QueryTokens> byText =
        readings.computeIfAbsent(analyzers.queryAnalyzer(field), analyzer -> new HashMap<>());
    QueryTokens tokens = byText.get(text);
    if (tokens == null) {
      tokens = QueryTokens.read(getAnalyzer().tokenStream(field, text));
      byText.put(text, tokens);
    }
    return tokens;
  }

  /**
   * In a run of words, case tells no common word from a name: Russian writes the later words of a
   * name in lower case (Государственная дума, коллективной безопасности) where other languages
   * capitalize them (Gosudarstvennaya Duma). So a word of a run also matches as its first letter in
   * the other case would ({@link org.dragoman.analysis.NameKeyer#COMMON_WORD}); a lone word keeps
   * its case (Dushanbe does not find Tajik душанбе, Monday).
   */
  private Query orOtherCase(Query word, String userField, String text) throws ParseException {
    if (word == null || text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return word;
    }
    char first = text.charAt(0);
    char flipped =
        Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
    if (flipped == first) {
      return word;
    }
    String otherCase = flipped + text.substring(1);
    Map<Analyzer, Boolean> adds = new IdentityHashMap<>();
    Query other =
        inNameFields(
            userField,
            f -> {
              Analyzer analyzer = analyzers.queryAnalyzer(f.name());
              if (!adds.containsKey(analyzer)) {
                adds.put(analyzer, otherCaseAddsTerms(f.name(), text, otherCase));
              }
              boolean phrase = otherCase.indexOf('-') > 0;
              return adds.get(analyzer)
                  ? newFieldQuery(getAnalyzer(), f.name(), otherCase, phrase)
                  : null;
            });
    return orAlso(word, other);
  }

  /**
   * Whether the other case of a word can match where the word itself does not, in a name field. It
   * cannot when both analyse to one position and the other case's keys are among the word's own (a
   * common word keys its lower and capitalized readings alike: nuclear gives _nuklear and nuklear,
   * Nuclear only nuklear); the clause would then only add to the score, and loosen the bound that
   * block-max skipping relies on.
   */
  private boolean otherCaseAddsTerms(String field, String text, String otherCase)
      throws ParseException {
    List<AnalysedToken> own = analyse(field, text);
    List<AnalysedToken> other = analyse(field, otherCase);
    if (!onePosition(own) || !onePosition(other)) {
      return true;
    }
    List<BytesRef> ownTerms = own.stream().map(AnalysedToken::term).toList();
    return !other.stream().map(AnalysedToken::term).allMatch(ownTerms::contains);
  }

  private static boolean onePosition(List<AnalysedToken> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      AnalysedToken token = tokens.get(i);
      if (token.length() != 1 || (i > 0 && token.increment() != 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A given name or patronymic also matches its initial in the text, right before the next word of
   * the query (or that word's own initial): "Sirojiddin Muhriddin" finds "С. Мухриддин", "Emomali
   * Sharipovich Rahmon" finds "Emomalii S. Rahmon" and "E. S. Rahmon". Not for the last word of a
   * run, which is most often the surname, and only in the name fields, where initials have keys
   * ({@link NameKeyer#initialKey}). Only for a capitalized word: a lowercase one is most often a
   * common word ("nuclear disarmament"), whose initial would match any "N." before the next word
   * and cost each search a phrase. An initial elsewhere in the article does not count either: the
   * whole name would then match any article with an "S." and the surname.
   */
  private Query orInitial(Query word, String userField, String text, String next)
      throws ParseException {
    if (text.length() < 2 || !Character.isUpperCase(text.codePointAt(0))) {
      return word;
    }
    String initial = NameKeyer.initialKey(text);
    if (initial == null) {
      return word;
    }
    String nextInitial = NameKeyer.initialKey(next);
    // The name fields share their query analyzer: the next word is read once per analyzer.
    Map<Analyzer, List<AnalysedToken>> nextReadings = new IdentityHashMap<>();
    Query beforeNext =
        inNameFields(
            userField,
            f -> {
              // The next word as this field's query reads it (every spelling variant), or its
              // initial.
              List<Term> following = new ArrayList<>();
              Analyzer analyzer = analyzers.queryAnalyzer(f.name());
              List<AnalysedToken> tokens = nextReadings.get(analyzer);
              if (tokens == null) {
                tokens = analyse(f.name(), next);
                nextReadings.put(analyzer, tokens);
              }
              for (int i = 0;
                  i < tokens.size() && (i == 0 || tokens.get(i).increment() == 0);
                  i++) {
                following.add(new Term(f.name(), tokens.get(i).term()));
              }
              if (nextInitial != null) {
                following.add(new Term(f.name(), nextInitial));
              }
              if (following.isEmpty()) {
                return null; // a next word without keys ("s" of "Tajikistan's"): nothing follows
              }
              return new MultiPhraseQuery.Builder()
                  .add(new Term(f.name(), initial))
                  .add(following.stream().distinct().toArray(Term[]::new))
                  .build();
            });
    return orAlso(word, beforeNext);
  }

  /**
   * A word also matches as the first word of a Tajik izafet phrase, in order with the next word:
   * "Rustam Emomali" finds "Rustami Emomali" and the reverse, while "Oliy Majlis" does not find
   * "Majlisi Oli" (see {@link NameKeyer#IZAFET}).
   */
  private Query orIzafet(Query word, String userField, String text, String next)
      throws ParseException {
    List<String> first = NameKeyer.izafetKeys(text);
    List<String> second = NameKeyer.keysOfWord(next);
    if (first.isEmpty() || second.isEmpty()) {
      return word;
    }
    Query anyPhrase =
        inNameFields(
            userField,
            f ->
                new MultiPhraseQuery.Builder()
                    .add(terms(f.name(), first))
                    .add(terms(f.name(), second))
                    .build());
    return orAlso(word, anyPhrase);
  }

  @FunctionalInterface
  private interface NameFieldQuery {
    Query of(FullTextField field) throws ParseException;
  }

  /**
   * {@code build}'s query in each name field of {@code userField}, boosted as the field is, as one
   * disjunction; null when none gives a query.
   */
  private Query inNameFields(String userField, NameFieldQuery build) throws ParseException {
    List<Query> queries = new ArrayList<>();
    for (FullTextField f : textFields(known(userField))) {
      if (f.nameVariants()) {
        queries.add(boost(build.of(f), f));
      }
    }
    return anyOf(queries);
  }

  /** The word's query, or also {@code alternative} when there is one. */
  private static Query orAlso(Query word, Query alternative) {
    if (alternative == null) {
      return word;
    }
    return new BooleanQuery.Builder()
        .add(word, BooleanClause.Occur.SHOULD)
        .add(alternative, BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Term[] terms(String field, List<String> texts) {
    Term[] terms = new Term[texts.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = new Term(field, texts.get(i));
    }
    return terms;
  }

  /**
   * Each spelling key once: the name chain can give one key for two readings of a word, and a
   * synonym group that lists a term twice counts its occurrences twice.
   */
  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    Map<BytesRef, Float> distinct = new LinkedHashMap<>();
    for (TermAndBoost term : terms) {
      distinct.merge(term.term(), term.boost(), Math::max);
    }
    if (distinct.size() == terms.length) {
      return super.newSynonymQuery(field, terms);
    }
    TermAndBoost[] once = new TermAndBoost[distinct.size()];
    int i = 0;
    for (Map.Entry<BytesRef, Float> term : distinct.entrySet()) {
      once[i++] = new TermAndBoost(term.getKey(), term.getValue());
    }
    return super.newSynonymQuery(field, once);
  }

  /**
   * The readings of a word with a multi-word alias (Kyrgyzstan: Kirgizia, Kyrgyz Republic, ...):
   * its one-word readings become one synonym query, each key once, as for a word without such an
   * alias, and its phrases stay beside it. Lucene's default makes every key a clause of its own,
   * which scores each as a separate word, counts a key listed twice twice, and makes the query
   * iterate a disjunction of a dozen or more postings lists where one merged list does.
   */
  @Override
  protected Query newGraphSynonymQuery(Iterator<Query> queries) {
    String field = null;
    List<TermAndBoost> terms = new ArrayList<>();
    List<Query> others = new ArrayList<>();
    while (queries.hasNext()) {
      Query query = queries.next();
      if (query instanceof TermQuery term
          && (field == null || field.equals(term.getTerm().field()))) {
        field = term.getTerm().field();
        terms.add(new TermAndBoost(term.getTerm().bytes(), 1f));
      } else if (query != null) {
        others.add(query);
      }
    }
    List<Query> readings = new ArrayList<>();
    if (terms.size() == 1) {
      readings.add(new TermQuery(new Term(field, terms.get(0).term())));
    } else if (terms.size() > 1) {
      readings.add(newSynonymQuery(field, terms.toArray(new TermAndBoost[0])));
    }
    readings.addAll(others);
    return anyOf(readings);
  }

  /**
   * The query of one field's analysis of {@code queryText}, as Lucene's {@code QueryBuilder} makes
   * it, with the analysis read once ({@link QueryTokens}): one term, a word's stacked synonyms and
   * a word whose graph of aliases has no fixed inner position are built here, every other shape by
   * {@code QueryBuilder} from the same tokens.
   */
  @Override
  protected Query createFieldQuery(
      Analyzer analyzer,
      BooleanClause.Occur operator,
      String field,
      String queryText,
      boolean quoted,
      int phraseSlop) {
    if (!readTokensOnce) {
      return super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
    }
    QueryTokens tokens;
    try {
      tokens =
          analyzer == getAnalyzer()
              ? tokens(field, queryText)
              : QueryTokens.read(analyzer.tokenStream(field, queryText));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse " + queryText, e);
    }
    if (tokens.size() == 0) {
      return null;
    }
    if (tokens.size() == 1) {
      return newTermQuery(new Term(field, tokens.term(0)), tokens.boost(0));
    }
    if (tokens.onePosition()) {
      TermAndBoost[] synonyms = new TermAndBoost[tokens.size()];
      for (int i = 0; i < synonyms.length; i++) {
        synonyms[i] = new TermAndBoost(tokens.term(i), tokens.boost(i));
      }
      return newSynonymQuery(field, synonyms);
    }
    List<int[]> alternatives =
        quoted || !getEnableGraphQueries() || !getAutoGenerateMultiTermSynonymsPhraseQuery()
            ? null
            : tokens.alternatives();
    if (alternatives == null) {
      return createFieldQuery(tokens.replay(), operator, field, quoted, phraseSlop);
    }
    List<Query> readings = new ArrayList<>(alternatives.size());
    for (int[] path : alternatives) {
      readings.add(pathQuery(field, tokens, path));
    }
    Query any = newGraphSynonymQuery(readings.iterator());
    BooleanQuery.Builder graph = new BooleanQuery.Builder();
    if (any != null) {
      graph.add(any, operator);
    }
    return graph.build();
  }

  /** One path through an alias graph: its term, or its words as a phrase. */
  private Query pathQuery(String field, QueryTokens tokens, int[] path) {
    if (path.length == 1) {
      return newTermQuery(new Term(field, tokens.term(path[0])), tokens.boost(path[0]));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    float boost = 1f;
    for (int i = 0; i < path.length; i++) {
      phrase.add(new Term(field, tokens.term(path[i])), i);
      boost *= tokens.boost(path[i]);
    }
    return boost == 1f ? phrase.build() : new BoostQuery(phrase.build(), boost);
  }

  @FunctionalInterface
  private interface FieldQuery {
    Query of(String field) throws ParseException;
  }

  /**
   * {@code build}'s query for each field, in order (null where the analysis left nothing). Fields
   * with the same query analyzer share one analysis: the first one's query is renamed for the
   * others.
   */
  private List<Query> eachField(List<FullTextField> fields, FieldQuery build)
      throws ParseException {
    Map<Analyzer, Query> analysed = new IdentityHashMap<>();
    List<Query> queries = new ArrayList<>(fields.size());
    for (FullTextField f : fields) {
      Analyzer analyzer = analyzers.queryAnalyzer(f.name());
      Query query;
      if (analysed.containsKey(analyzer)) {
        Query first = analysed.get(analyzer);
        query = first == null ? null : FieldRetarget.to(first, f.name());
        if (first != null && query == null) {
          query = build.of(f.name());
        }
      } else {
        query = build.of(f.name());
        analysed.put(analyzer, query);
      }
      queries.add(query);
    }
    return queries;
  }

  private boolean isText(String field) {
    return field == null || "title".equals(field) || "body".equals(field) || "exact".equals(field);
  }

  private List<FullTextField> textFields(String field) {
    if (field == null) {
      return analyzers.searchFields(exact);
    }
    if ("exact".equals(field)) {
      return analyzers.searchFields(true);
    }
    ArticleText text = "title".equals(field) ? ArticleText.TITLE : ArticleText.BODY;
    return analyzers.searchFields(text, exact);
  }

  private List<FullTextField> patternFields(String field, String pattern) throws ParseException {
    if (!isText(field)) {
      throw new ParseException(
          "pattern " + pattern + " works on text only, not on " + describe(field));
    }
    return textFields(field);
  }

  private Query keywordQuery(String field, String value) throws ParseException {
    return switch (field) {
      case "date" -> {
        ArticleDate date = date(value);
        yield DateQueries.overlapping(date.firstDay(), date.lastDay());
      }
      case "source" ->
          new TermQuery(new Term(ArticleSchema.SOURCE, ArticleDocuments.keyword(value)));
      case "lang" -> new TermQuery(new Term(ArticleSchema.LANG, ArticleDocuments.keyword(value)));
      case "cites" -> new TermQuery(new Term(ArticleSchema.CITES, ArticleDocuments.keyword(value)));
      case "id" -> new TermQuery(new Term(ArticleSchema.ID, value));
      default -> throw new IllegalStateException("field " + field + " has no query");
    };
  }

  /** The field in lower case, null for plain words; an unknown field is an error. */
  private static String known(String field) throws ParseException {
    if (field == null) {
      return null;
    }
    String name = field.toLowerCase(Locale.ROOT);
    if (!FIELDS.contains(name)) {
      throw new ParseException(
          "unknown field " + field + ": use one of " + String.join(", ", FIELDS));
    }
    return name;
  }

  private static String describe(String field) {
    return field == null ? "plain words" : field + ":";
  }

  private static ArticleDate date(String text) throws ParseException {
    try {
      return ArticleDate.parse(text);
    } catch (IllegalArgumentException e) {
      ParseException error = new ParseException(e.getMessage());
      error.initCause(e);
      throw error;
    }
  }

  private static Query boost(Query query, FullTextField field) {
    return query == null || field.boost() == 1f ? query : new BoostQuery(query, field.boost());
  }

  /** One field's query as is; several as a disjunction; none (only stop words) as null. */
  private static Query anyOf(List<Query> queries) {
    Query only = null;
    int present = 0;
    for (Query q : queries) {
      if (q != null) {
        only = q;
        present++;
      }
    }
    if (present < 2) {
      return only;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query q : queries) {
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  private static Query withSlop(Query query, int slop) {
    if (query instanceof PhraseQuery phrase) {
      PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
      Term[] terms = phrase.getTerms();
      int[] positions = phrase.getPositions();
      for (int i = 0; i < terms.length; i++) {
        builder.add(terms[i], positions[i]);
      }
      return builder.build();
    }
    if (query instanceof MultiPhraseQuery multiPhrase) {
      return new MultiPhraseQuery.Builder(multiPhrase).setSlop(slop).build();
    }
    return query;
  }
}
