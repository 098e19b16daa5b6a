package vn.qcdc.dossier.facts;

/** Enumeration {@code ReceiverRole} of the dossier format (section 6). */
public enum ReceiverRole {
  CHAIRMAN,
  ACTING_CHAIRMAN,
  VICE_CHAIRMAN,
  ASSIGNED_OFFICER
}
