package vn.qcdc.dossier.facts;

/** Enumeration {@code BoardRole} of the dossier format (section 6). */
public enum BoardRole {
  HEAD,
  DEPUTY_HEAD,
  MEMBER
}
