package vn.qcdc.dossier.facts;

/** Enumeration {@code ComplaintOutcome} of the dossier format (section 6). */
public enum ComplaintOutcome {
  UPHELD,
  PARTLY_UPHELD,
  REJECTED,
  WITHDRAWN
}
