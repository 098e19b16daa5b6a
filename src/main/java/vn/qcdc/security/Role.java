package vn.qcdc.security;

/** The four roles of the service; a user has exactly one. */
public enum Role {
  /** Imports dossiers, runs evaluations, appraises criteria. */
  AUDITOR,
  /** Maintains the rule set and catalogue; reads every result. */
  LEGAL,
  /** Reads the results of their own commune only. */
  CHAIRMAN,
  /** Manages users and communes. */
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
