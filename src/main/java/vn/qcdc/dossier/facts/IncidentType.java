package vn.qcdc.dossier.facts;

/** Enumeration {@code IncidentType} of the dossier format (section 6). */
public enum IncidentType {
  STAFF_DISCIPLINE,
  MASS_OR_ESCALATED_COMPLAINT,
  DEMOCRACY_LAW_VIOLATION
}
