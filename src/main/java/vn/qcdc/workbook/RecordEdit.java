package vn.qcdc.workbook;

import java.util.List;
import java.util.Locale;
import vn.qcdc.i18n.Message;

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
   * @param text what is wrong, worded in the message bundles
   */
  public record FieldProblem(String field, String place, Message text) {

    /** What is wrong, in Vietnamese. */
    public String message() {
      return text.toString();
    }

    /** What is wrong in {@code locale}'s language. */
    public String message(Locale locale) {
      return text.in(locale);
    }
  }

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
