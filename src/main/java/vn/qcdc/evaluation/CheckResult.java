package vn.qcdc.evaluation;

import java.time.LocalDate;
import java.util.List;
import vn.qcdc.rulebase.Text;

/**
 * One check as a result keeps it: the records it read, its dates, whether it complied, whether it counted in the
 * year, and its sentence in both languages (worded when the engine ran, with that rule set's calendar and constants).
 */
public record CheckResult(List<String> records, LocalDate trigger, LocalDate due, LocalDate action, boolean compliant,
    boolean counted, Text text) {

  public CheckResult {
    records = List.copyOf(records);
  }

  /** A check of the year that was not met: one of the year's shortfalls. */
  public boolean missed() {
    return counted && !compliant;
  }
}
