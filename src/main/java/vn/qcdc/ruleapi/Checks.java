package vn.qcdc.ruleapi;

import java.time.LocalDate;
import java.util.List;
import vn.qcdc.rulebase.Text;

/** The {@code checks} global of rule files: builds {@link Check}s with the right anchor date and compliance test. */
public final class Checks {

  private final Law law;

  public Checks(Law law) {
    this.law = law;
  }

  /** "Within a limit of the trigger": compliant iff the action happened and not after the deadline. */
  public Check deadline(String criterion, String part, String record, Deadline d, LocalDate action, String vi, String en) {
    boolean ok = Law.onOrBefore(action, d.date());
    return make(criterion, part, CheckKind.DEADLINE, ids(record), d.trigger(), d.date(), d.date(), action, ok, null,
        List.of(d.constantId()), vi, en);
  }

  /**
   * A deadline given by the record itself (a report's due date, a dossier's appointment date), counted in the year of
   * {@code anchor}.
   */
  public Check dueBy(String criterion, String part, String record, LocalDate trigger, LocalDate due, LocalDate action,
      LocalDate anchor, String vi, String en) {
    return make(criterion, part, CheckKind.DEADLINE, ids(record), trigger, due, anchor, action,
        Law.onOrBefore(action, due), null, List.of(), vi, en);
  }

  /** A deadline that started as {@code base} and was extended to {@code due} by decisions recorded in the dossier. */
  public Check extended(String criterion, String part, String record, Deadline base, LocalDate due, LocalDate action,
      String vi, String en) {
    return make(criterion, part, CheckKind.DEADLINE, ids(record), base.trigger(), due, due, action,
        Law.onOrBefore(action, due), null, List.of(base.constantId()), vi, en);
  }

  /** "At least N days before the event": compliant iff the notice was given no later than {@code d.date()}. */
  public Check notice(String criterion, String part, String record, Deadline d, LocalDate notice, String vi, String en) {
    return make(criterion, part, CheckKind.NOTICE, ids(record), d.trigger(), d.date(), d.trigger(), notice,
        Law.onOrBefore(notice, d.date()), null, List.of(d.constantId()), vi, en);
  }

  /** "For at least N days from the start": compliant iff still in place (no end) or ended on or after {@code d.date()}. */
  public Check duration(String criterion, String part, String record, Deadline d, LocalDate end, String vi, String en) {
    boolean ok = end == null || !end.isBefore(d.date());
    return make(criterion, part, CheckKind.DURATION, ids(record), d.trigger(), d.date(), d.trigger(), end, ok, null,
        List.of(d.constantId()), vi, en);
  }

  /** A condition on one record or more, counted in the year of {@code anchor}. */
  public Check condition(String criterion, String part, List<String> records, LocalDate anchor, boolean ok, String vi,
      String en) {
    return make(criterion, part, CheckKind.CONDITION, records, null, null, anchor, null, ok, null, List.of(), vi, en);
  }

  public Check condition(String criterion, String part, String record, LocalDate anchor, boolean ok, String vi,
      String en) {
    return condition(criterion, part, ids(record), anchor, ok, vi, en);
  }

  /** A named item of an item scoring (SUM_ITEMS, BEST_ITEM), met or not in the period. */
  public Check item(String criterion, String part, String item, List<String> records, boolean ok, String vi, String en) {
    return make(criterion, part, CheckKind.CONDITION, records, null, null, law.periodEnd(), null, ok, item, List.of(), vi,
        en);
  }

  /** The record the law expects every year is absent: one applicable, non-compliant check (profile §3.3). */
  public Check expected(String criterion, String part, String vi, String en) {
    return make(criterion, part, CheckKind.EXPECTED, List.of(), null, null, law.periodEnd(), null, false, null,
        List.of(), vi, en);
  }

  /** Aggregated counts: {@code compliant} of {@code applicable} units comply. */
  public Check count(String criterion, String part, List<String> records, long compliant, long applicable, String vi,
      String en) {
    return new Check(criterion, part, CheckKind.COUNT, records, null, null, law.periodEnd(), null, compliant, applicable,
        null, List.of(), true, Text.of(vi, en), null);
  }

  private Check make(String criterion, String part, CheckKind kind, List<String> records, LocalDate trigger,
      LocalDate due, LocalDate anchor, LocalDate action, boolean ok, String item, List<String> constants, String vi,
      String en) {
    return new Check(criterion, part, kind, records, trigger, due, anchor, action, ok ? 1 : 0, 1, item, constants,
        law.inPeriod(anchor), Text.of(vi, en), null);
  }

  private static List<String> ids(String record) {
    return record == null ? List.of() : List.of(record);
  }
}
