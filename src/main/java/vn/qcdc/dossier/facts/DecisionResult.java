package vn.qcdc.dossier.facts;

/** Enumeration {@code DecisionResult} of the dossier format (section 6). */
public enum DecisionResult {
  ADOPTED,
  REJECTED
}
