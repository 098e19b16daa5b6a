package vn.qcdc.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one dossier as they are found: the first {@link #SHOWN} are kept, the rest only counted, so that a
 * dossier with a million wrong elements costs a counter, not a million messages in memory and in the answer.
 */
final class ProblemList {

  /** How many problems a refusal lists; the others are summed up in one line. */
  static final int SHOWN = 100;

  private final List<DossierProblem> shown = new ArrayList<>();
  private int total;

  void add(DossierProblem problem) {
    if (shown.size() < SHOWN) {
      shown.add(problem);
    }
    total++;
  }

  void add(String path, String message) {
    add(new DossierProblem(path, message));
  }

  boolean isEmpty() {
    return total == 0;
  }

  /** The problems kept, in the order found; a copy. */
  List<DossierProblem> shown() {
    return List.copyOf(shown);
  }

  int total() {
    return total;
  }

  InvalidDossierException rejection() {
    return new InvalidDossierException(shown, total);
  }
}
