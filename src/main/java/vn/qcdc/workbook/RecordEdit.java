package vn.qcdc.workbook;

import java.util.List;

/**
 * The outcome of adding, changing or deleting a record: the whole dossier as validated JSON, or the problems that
 * stopped it, each tied to a form field where one is to blame.
 *
 * @param json the new dossier JSON, or null when refused
 */
public record RecordEdit(byte[] json, List<FieldProblem> problems) {

  /**
   * One problem.
   *
   * @param field the form input to blame ({@code decisionDate}, or {@code nested.disclosures.channels.0.startDate}
   *     for a nested row), or null when the problem lies elsewhere in the dossier
   * @param place where it lies when not in the form: sheet and cell, and JSON path
   */
  public record FieldProblem(String field, String place, String message) {}

  public RecordEdit {
    problems = List.copyOf(problems);
  }

  public boolean accepted() {
    return json != null;
  }

  /** The message for one form input, or null. */
  public String problem(String field) {
    return problems.stream().filter(p -> field.equals(p.field())).map(FieldProblem::message).findFirst()
        .orElse(null);
  }
}
