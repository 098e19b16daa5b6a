package vn.qcdc.ruleapi;

import java.time.LocalDate;
import java.util.List;
import vn.qcdc.rulebase.Text;

/**
 * One legal duty checked against the dossier: the fact a finding is computed and explained from.
 *
 * @param part the part id of the criterion ("" for a criterion without parts)
 * @param records the ids of the dossier records the check read
 * @param trigger the date the limit runs from, or null
 * @param due the deadline (or latest notice day, or earliest end day), or null
 * @param anchor the date that decides the year the check is counted in
 * @param action the date the duty was performed, or null if it was not
 * @param compliantCount how many of {@code applicableCount} units comply (1 of 1 or 0 of 1 for a single record)
 * @param item for item scorings, the item this check stands for
 * @param constants the dated constants the deadline came from
 * @param counted whether the anchor falls in the evaluated period
 * @param duty what the law requires, in a few words
 */
public record Check(
    String criterion,
    String part,
    CheckKind kind,
    List<String> records,
    LocalDate trigger,
    LocalDate due,
    LocalDate anchor,
    LocalDate action,
    long compliantCount,
    long applicableCount,
    String item,
    List<String> constants,
    boolean counted,
    Text duty,
    Text detail) {

  public Check {
    records = List.copyOf(records);
    constants = List.copyOf(constants);
  }

  /** The same check with a sentence on what the record showed, for the explanation. */
  /** The same check, failed for a reason the deadline alone does not show (e.g. no dialogue before the decision). */
  public Check failing(String vi, String en) {
    return new Check(criterion, part, kind, records, trigger, due, anchor, action, 0, applicableCount, item, constants,
        counted, duty, Text.of(vi, en));
  }

  public Check withDetail(String vi, String en) {
    return new Check(criterion, part, kind, records, trigger, due, anchor, action, compliantCount, applicableCount, item,
        constants, counted, duty, Text.of(vi, en));
  }

  public boolean compliant() {
    return compliantCount == applicableCount;
  }
}
