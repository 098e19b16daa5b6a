package vn.qcdc.dossier.facts;

/** Enumeration {@code RegulationType} of the dossier format (section 6). */
public enum RegulationType {
  COMMUNE_DEMOCRACY_REGULATION,
  AGENCY_DEMOCRACY_REGULATION,
  INTERNAL_SPENDING_RULES,
  CITIZEN_RECEPTION_RULES,
  RECEPTION_STAFF_ASSIGNMENT,
  CODE_OF_CONDUCT,
  MTTQ_COORDINATION_REGULATION,
  OTHER
}
