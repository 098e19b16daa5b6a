package vn.qcdc.intake.records;

import java.util.List;

/** The uploaded file could not be read, or some rows are wrong; carries every problem found. */
public class UnreadableFileException extends Exception {

  private final transient List<RowProblem> problems;

  UnreadableFileException(List<RowProblem> problems) {
    super(problems.size() + " problem(s) in the file");
    this.problems = List.copyOf(problems);
  }

  static UnreadableFileException of(String message) {
    return new UnreadableFileException(List.of(new RowProblem(0, null, message)));
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
