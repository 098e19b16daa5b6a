package vn.qcdc.dossier.facts;

/** Enumeration {@code PlanComponent} of the dossier format (section 6). */
public enum PlanComponent {
  DISCLOSURE_PLAN,
  PEOPLE_DECIDE_PLAN,
  CONSULTATION_PLAN,
  DAN_VAN_PLAN,
  DAN_VAN_KHEO_PLAN
}
