package vn.qcdc.dossier.facts;

/** Enumeration {@code RecognitionLevel} of the dossier format (section 6). */
public enum RecognitionLevel {
  NONE,
  COMMUNE,
  DISTRICT,
  PROVINCE,
  NATIONAL
}
