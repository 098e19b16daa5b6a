package vn.qcdc.dossier.facts;

/** Enumeration {@code DeadlineUnit} of the dossier format (section 6). */
public enum DeadlineUnit {
  WORKING_DAYS,
  DAYS
}
