package org.dragoman.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The spellings and negative pairs an evaluation runs on, read from the two TSV files (a header
 * line, then tab-separated columns as in {@code ../shared/names/README.md}).
 *
 * <pre>{@code
 * NameDevSet set = NameDevSet.read(Path.of("variants-dev.tsv"), Path.of("negatives-dev.tsv"));
 * }</pre>
 *
 * @param variants every spelling, in file order
 * @param negatives every negative pair, in file order
 */
public record NameDevSet(List<NameVariant> variants, List<NegativePair> negatives) {

  public NameDevSet {
    variants = List.copyOf(requireNonNull(variants, "variants"));
    negatives = List.copyOf(requireNonNull(negatives, "negatives"));
  }

  /** Reads {@code variants} (6 columns) and {@code negatives} (at least 6 columns). */
  public static NameDevSet read(Path variantsFile, Path negativesFile) throws IOException {
    List<NameVariant> variants = new ArrayList<>();
    for (String[] row : rows(variantsFile, 5)) {
      variants.add(new NameVariant(row[0], row[1], row[2], row[3], row[4].strip()));
    }
    List<NegativePair> negatives = new ArrayList<>();
    for (String[] row : rows(negativesFile, 6)) {
      negatives.add(
          new NegativePair(
              row[0], row[1].strip(), entityId(row[2]), row[3].strip(), entityId(row[4]), row[5]));
    }
    return new NameDevSet(variants, negatives);
  }

  /** "rahmon_emomali (president of Tajikistan)" -> "rahmon_emomali". */
  static String entityId(String column) {
    String s = column.strip();
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }

  private static List<String[]> rows(Path file, int minColumns) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length < minColumns) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + " has " + columns.length + " columns, needs " + minColumns);
      }
      rows.add(columns);
    }
    return rows;
  }
}
