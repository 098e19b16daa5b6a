package vn.qcdc.dossier.facts;

/** Enumeration {@code DisclosurePlanElement} of the dossier format (section 6). */
public enum DisclosurePlanElement {
  CONTENT,
  FORM,
  TIMING,
  DURATION,
  RESPONSIBILITY
}
