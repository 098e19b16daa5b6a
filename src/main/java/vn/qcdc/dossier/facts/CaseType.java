package vn.qcdc.dossier.facts;

/** Enumeration {@code CaseType} of the dossier format (section 6). */
public enum CaseType {
  COMPLAINT,
  DENUNCIATION,
  PETITION,
  FEEDBACK
}
