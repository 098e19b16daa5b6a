package vn.qcdc.dossier.facts;

/** Enumeration {@code ComplaintComplexity} of the dossier format (section 6). */
public enum ComplaintComplexity {
  NORMAL,
  COMPLEX
}
