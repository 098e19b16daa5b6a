package vn.qcdc.intake.records;

import java.util.ArrayList;
import java.util.List;
import vn.qcdc.dossier.InvalidDossierException;

/**
 * The uploaded file could not be read, or some rows are wrong; carries the problems found: the first hundred, then
 * one line counting the others, so that a file of a million wrong rows gets a short answer.
 */
public class UnreadableFileException extends Exception {

  static final int SHOWN = 100;

  private final transient List<RowProblem> problems;
  private final int total;

  UnreadableFileException(List<RowProblem> problems) {
    this(problems, problems.size());
  }

  /** {@code found}: the problems in order (only the first hundred are kept); {@code total}: how many in all. */
  UnreadableFileException(List<RowProblem> found, int total) {
    super(Math.max(total, found.size()) + " problem(s) in the file");
    this.total = Math.max(total, found.size());
    List<RowProblem> shown = new ArrayList<>(found.subList(0, Math.min(SHOWN, found.size())));
    if (this.total > shown.size()) {
      shown.add(new RowProblem(0, null, InvalidDossierException.moreProblems(this.total - shown.size())));
    }
    this.problems = List.copyOf(shown);
  }

  static UnreadableFileException of(String message) {
    return new UnreadableFileException(List.of(new RowProblem(0, null, message)));
  }

  /** The problems to show, the closing count included. */
  public List<RowProblem> problems() {
    return problems;
  }

  /** How many problems were found. */
  public int total() {
    return total;
  }
}
