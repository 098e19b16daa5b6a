package vn.qcdc.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The problems of one dossier as they are found: the first {@link #SHOWN} are kept, the rest only counted, so that a
 * dossier with a million wrong elements costs a counter, not a million messages in memory and in the answer.
 */
final class ProblemList {

  /** How many problems a refusal lists; the others are summed up in one line. */
  static final int SHOWN = 100;

  private final List<DossierProblem> shown = new ArrayList<>();
  private final Predicate<String> explained;
  private int total;
  private boolean anyExplained;

  ProblemList() {
    this(path -> false);
  }

  /** A list that ignores the problems at paths the caller has already explained (a workbook's cell problems). */
  ProblemList(Predicate<String> explained) {
    this.explained = explained;
  }

  void add(DossierProblem problem) {
    if (explained.test(problem.path())) {
      anyExplained = true;
      return;
    }
    if (shown.size() < SHOWN) {
      shown.add(problem);
    }
    total++;
  }

  void add(String path, String message) {
    add(new DossierProblem(path, message));
  }

  /** Whether nothing was found, explained problems included: a dossier with any problem is never bound. */
  boolean isEmpty() {
    return total == 0 && !anyExplained;
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
