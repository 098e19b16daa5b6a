package vn.qcdc.dossier.facts;

/** Enumeration {@code AgencyPosition} of the dossier format (section 6). */
public enum AgencyPosition {
  AGENCY_HEAD,
  AGENCY_DEPUTY_HEAD,
  CHIEF_ACCOUNTANT,
  OTHER,
  NONE
}
