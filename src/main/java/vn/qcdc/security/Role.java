package vn.qcdc.security;

/** The roles of the service; a user has exactly one. */
public enum Role {
  /** Imports dossiers, runs evaluations, appraises criteria. */
  AUDITOR,
  /** Maintains the rule set and catalogue; reads every result. */
  LEGAL,
  /** Reads the results of their own commune only. */
  CHAIRMAN,
  /** Keeps the records of their own commune: builds its dossier with the forms and the workbook, reads its results. */
  OFFICER,
  /** Manages users and communes. */
  ADMIN;

  /** Whether users of the role are bound to one commune and see only that commune. */
  public boolean ownCommuneOnly() {
    return this == CHAIRMAN || this == OFFICER;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
