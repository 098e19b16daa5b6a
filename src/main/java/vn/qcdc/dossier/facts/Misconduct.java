package vn.qcdc.dossier.facts;

/** Enumeration {@code Misconduct} of the dossier format (section 6). */
public enum Misconduct {
  HARASSMENT,
  CORRUPTION,
  NEGATIVITY,
  ABUSE_TOWARD_CITIZENS,
  OTHER
}
