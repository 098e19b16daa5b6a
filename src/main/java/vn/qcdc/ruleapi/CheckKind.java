package vn.qcdc.ruleapi;

/** The kinds of check of the profile's counting rules (§3.6–§3.7); each has its own anchor date. */
public enum CheckKind {
  /** An action due within a limit from a trigger; anchored on the deadline. */
  DEADLINE,
  /** An action that must precede an event by a number of days; anchored on the event. */
  NOTICE,
  /** Something posted or open for a minimum number of days; anchored on its start. */
  DURATION,
  /** Something that must happen, or a condition that must hold; anchored on the date given. */
  CONDITION,
  /** The record the law expects every year is not in the dossier; anchored on the period's end. */
  EXPECTED,
  /** Aggregated counts (compliant out of applicable), e.g. monthly one-stop statistics; anchored on the period's end. */
  COUNT
}
