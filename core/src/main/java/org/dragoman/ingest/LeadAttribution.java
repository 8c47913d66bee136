package org.dragoman.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who published an article and whom it cites, read from its lead sentence, the way wire copy says
 * it: "..., Kazinform News Agency cites Akorda.", "..., Trend reports citing the press service of
 * the Foreign Ministry.", "KABAR correspondent reports that ...", "According to Akorda, ...".
 *
 * <pre>{@code
 * LeadAttribution a = LeadAttribution.of("Talks continued, Kazinform News Agency cites Akorda.");
 * a.source();        // "Kazinform"
 * a.citedSources();  // ["Akorda"]
 * }</pre>
 *
 * @param source the publishing agency, or null when the lead does not name one
 * @param citedSources the sources it cites, possibly empty
 */
record LeadAttribution(String source, List<String> citedSources) {

  /** A name: capitalised words ("Kazinform", "Trend News Agency", "The Astana Times"). */
  private static final String NAME =
      "\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+(?:of\\s+|de\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,5}";

  /** "News Agency", "agency", "correspondent", "'s correspondent" after a name. */
  private static final String REPORTER =
      "(?i:(?:\\s+(?:news\\s+)?agency)?(?:['’]s)?(?:\\s+(?:own\\s+)?(?:correspondents?|reporters?))?)";

  private static final String CITING =
      "(?i:citing|quoting|with\\s+reference\\s+to|referring\\s+to|according\\s+to)";

  /**
   * "..., X cites Y." / "..., X reports citing Y." / "..., X reports." / "..., X learned from Y."
   */
  private static final Pattern TRAILING_CLAUSE =
      Pattern.compile(
          "[,;]\\s*(?<source>"
              + NAME
              + ")"
              + REPORTER
              + "\\s+(?:"
              + "(?i:cites|cited|quotes|quoted)\\s+(?<cited1>.+?)"
              + "|(?i:reports|reported|writes|wrote|informs|informed)(?:,?\\s+"
              + CITING
              + "\\s+(?<cited2>.+?))?"
              + "|(?i:(?:has\\s+)?(?:learned|learnt)\\s+from)\\s+(?<cited3>.+?)"
              + ")\\s*[.!]?\\s*$");

  /** "X News Agency reports (citing Y) that ..." or "X correspondent reports ...". */
  private static final Pattern LEADING_CLAUSE =
      Pattern.compile(
          "^(?<source>"
              + NAME
              + ")(?<reporter>(?i:\\s+(?:news\\s+)?agency|(?:['’]s)?\\s+(?:own\\s+)?(?:correspondents?|reporters?)))"
              + "\\s+(?i:reports|reported|informs|learned|learnt|has\\s+learned)"
              + "(?:,?\\s+"
              + CITING
              + "\\s+(?<cited>[^,]+),)?\\s+(?:that\\s+)?\\S");

  /** "ASTANA. KAZINFORM - ..." : a dateline with the agency in capitals. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\s-]*[.,]\\s*(?<source>\\p{Lu}[\\p{Lu}\\p{N}-]+)\\s*[-–—]\\s");

  /** "according to Y" anywhere: Y up to the next punctuation. */
  private static final Pattern ACCORDING_TO =
      Pattern.compile(
          "\\baccording\\s+to\\s+(?<cited>[^,.;:!?()\"“”]+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern AGENCY_SUFFIX =
      Pattern.compile(
          "(?:\\s+(?:news\\s+)?agency)?(?:['’]s)?(?:\\s+(?:own\\s+)?(?:correspondents?|reporters?))?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+");

  /** A cited name longer than this is a clause, not a name ("according to the data we have"). */
  private static final int MAX_CITED_WORDS = 8;

  LeadAttribution {
    citedSources = List.copyOf(citedSources);
  }

  /** Reads the attribution of a lead sentence; fields stay empty when it names nobody. */
  static LeadAttribution of(String lead) {
    String text = lead.strip().replaceAll("\\s+", " ");
    String source = null;
    List<String> cited = new ArrayList<>();

    Matcher trailing = TRAILING_CLAUSE.matcher(text);
    Matcher leading = LEADING_CLAUSE.matcher(text);
    Matcher dateline = DATELINE.matcher(text);
    if (trailing.find()) {
      source = agencyName(trailing.group("source"));
      for (String group : List.of("cited1", "cited2", "cited3")) {
        addCited(cited, trailing.group(group));
      }
    } else if (leading.find()) {
      source = agencyName(leading.group("source") + leading.group("reporter"));
      addCited(cited, leading.group("cited"));
    } else if (dateline.find()) {
      source = dateline.group("source");
    }
    Matcher according = ACCORDING_TO.matcher(text);
    while (according.find()) {
      addCited(cited, according.group("cited"));
    }
    return new LeadAttribution(source, cited);
  }

  private static String agencyName(String name) {
    String stripped = AGENCY_SUFFIX.matcher(name.strip()).replaceFirst("");
    return stripped.isBlank() ? null : stripped;
  }

  /** Adds the names in "Akorda", "the press service of Akorda", "Akorda and the MFA". */
  private static void addCited(List<String> cited, String text) {
    if (text == null) {
      return;
    }
    for (String part : LIST_SEPARATOR.split(text.strip())) {
      String name = citedName(part);
      if (name != null && !cited.contains(name)) {
        cited.add(name);
      }
    }
  }

  private static String citedName(String phrase) {
    String name = phrase.strip().replaceAll("[.!?]+$", "");
    name = name.replaceFirst("(?i)^(?:the|its|a|an)\\s+", "");
    name =
        name.replaceFirst(
            "(?i)^(?:official\\s+)?(?:press\\s+service|press\\s+office|website|statement|"
                + "official\\s+website|telegram\\s+channel)\\s+of\\s+(?:the\\s+)?",
            "");
    name = name.replaceFirst("(?i)(?:['’]s)?\\s+(?:press\\s+service|press\\s+office)$", "");
    name = name.strip();
    boolean properName = !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    boolean shortEnough = name.split("\\s+").length <= MAX_CITED_WORDS;
    if (!properName || !shortEnough || name.toLowerCase(Locale.ROOT).equals(name)) {
      return null;
    }
    return name;
  }
}
