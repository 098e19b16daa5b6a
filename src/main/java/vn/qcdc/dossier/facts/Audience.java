package vn.qcdc.dossier.facts;

/** Enumeration {@code Audience} of the dossier format (section 6). */
public enum Audience {
  STAFF,
  VILLAGE_CADRES,
  PEOPLE,
  MIXED
}
