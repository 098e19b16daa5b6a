package vn.qcdc.dossier;

import java.util.Collection;
import java.util.Locale;

/** Finds the field a misspelt name was probably meant to be, e.g. {@code decisionDate} for {@code decisonDate}. */
final class FieldNames {

  private static final int MAX_EDITS = 2;

  private FieldNames() {}

  /**
   * The closest known name within two edits, ignoring case (fewer edits for short names), or {@code null} if none
   * is that close.
   */
  static String closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Math.min(MAX_EDITS, name.length() / 4) + 1;
    for (String candidate : known) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
