package vn.qcdc.dossier.facts;

/** Enumeration {@code Comparison} of the dossier format (section 6). */
public enum Comparison {
  AT_LEAST,
  AT_MOST
}
