package vn.qcdc.dossier.facts;

/** Enumeration {@code UnitLevel} of the dossier format (section 6). */
public enum UnitLevel {
  XA,
  PHUONG,
  THI_TRAN,
  DAC_KHU
}
