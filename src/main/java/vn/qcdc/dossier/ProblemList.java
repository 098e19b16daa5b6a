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
  /** How many problems this list and its siblings were given, explained ones included. */
  private final int[] found;
  private int total;
  private boolean anyExplained;

  ProblemList() {
    this(path -> false);
  }

  /** A list that ignores the problems at paths the caller has already explained (a workbook's cell problems). */
  ProblemList(Predicate<String> explained) {
    this(explained, new int[1]);
  }

  private ProblemList(Predicate<String> explained, int[] found) {
    this.explained = explained;
    this.found = found;
  }

  void add(DossierProblem problem) {
    found[0]++;
    if (explained.test(problem.path())) {
      anyExplained = true;
      return;
    }
    if (shown.size() < SHOWN) {
      shown.add(problem);
    }
    total++;
  }

  /** An empty list that ignores the same paths, for problems found out of the order they are listed in. */
  ProblemList sibling() {
    return new ProblemList(explained, found);
  }

  /** Adds the problems of a sibling found later in the listing order (those it kept, then its count of the rest). */
  void append(ProblemList later) {
    for (DossierProblem problem : later.shown) {
      if (shown.size() < SHOWN) {
        shown.add(problem);
      }
    }
    total += later.total;
    anyExplained |= later.anyExplained;
  }

  void add(String path, String message) {
    add(new DossierProblem(path, message));
  }

  /** Whether nothing was found, explained problems included: a dossier with any problem is never bound. */
  boolean isEmpty() {
    return total == 0 && !anyExplained;
  }

  /** Whether this list or a sibling was given a problem (explained ones included): the dossier will be refused. */
  boolean anyFound() {
    return found[0] > 0;
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
