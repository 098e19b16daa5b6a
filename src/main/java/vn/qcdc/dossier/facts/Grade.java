package vn.qcdc.dossier.facts;

/** Enumeration {@code Grade} of the dossier format (section 6). */
public enum Grade {
  TOT,
  KHA,
  TRUNG_BINH,
  YEU,
  KHONG_XEP_LOAI
}
