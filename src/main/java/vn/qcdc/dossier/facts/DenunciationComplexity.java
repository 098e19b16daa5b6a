package vn.qcdc.dossier.facts;

/** Enumeration {@code DenunciationComplexity} of the dossier format (section 6). */
public enum DenunciationComplexity {
  NORMAL,
  COMPLEX,
  ESPECIALLY_COMPLEX
}
