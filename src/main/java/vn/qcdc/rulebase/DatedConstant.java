package vn.qcdc.rulebase;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A legal constant (time limit, threshold, date) whose value depends on the date of the event it is applied to.
 *
 * @param warnFrom triggers on or after this date get {@code warning} (values not yet reviewed against a new law)
 */
public record DatedConstant(
    String id, Text title, String basis, List<Value> values, LocalDate warnFrom, String warning, Source source) {

  /**
   * The value in force from a date on, in its unit.
   *
   * @param basis the text of law this value comes from, or null when the constant's {@code basis} says it
   */
  public record Value(LocalDate from, String value, Unit unit, String basis) {}

  /** How a value is read. */
  public enum Unit {
    DAYS, WORKING_DAYS, NUMBER, DATE, MONTH_DAY;

    /** Whether {@code value} reads as a value of this unit (what the loader accepts). */
    public boolean accepts(String value) {
      if (value == null) {
        return false;
      }
      try {
        switch (this) {
          case DAYS, WORKING_DAYS -> {
            return Integer.parseInt(value) >= 0;
          }
          case NUMBER -> new java.math.BigDecimal(value);
          case DATE -> LocalDate.parse(value);
          case MONTH_DAY -> java.time.MonthDay.parse("--" + value);
          default -> throw new IllegalStateException();
        }
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  public DatedConstant {
    values = values.stream().sorted(Comparator.comparing(Value::from)).toList();
  }

  /** The value in force on a date: the latest one whose {@code from} is not after it, else the earliest. */
  public Value valueOn(LocalDate date) {
    Value inForce = values.get(0);
    for (Value v : values) {
      if (!v.from().isAfter(date)) {
        inForce = v;
      }
    }
    return inForce;
  }

  /** The text of law a value comes from: its own basis, else the constant's. */
  public String basisOf(Value v) {
    return v.basis() != null && !v.basis().isBlank() ? v.basis() : basis;
  }

  public boolean warnsOn(LocalDate trigger) {
    return warnFrom != null && trigger != null && !trigger.isBefore(warnFrom);
  }
}
