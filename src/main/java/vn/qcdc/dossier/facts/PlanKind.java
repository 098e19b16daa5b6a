package vn.qcdc.dossier.facts;

/** Enumeration {@code PlanKind} of the dossier format (section 6). */
public enum PlanKind {
  ANNUAL_QCDC_DVCQ,
  DISCLOSURE,
  PEOPLE_DECIDE,
  CONSULTATION,
  DAN_VAN_KHEO,
  OTHER
}
