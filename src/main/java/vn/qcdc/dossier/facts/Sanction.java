package vn.qcdc.dossier.facts;

/** Enumeration {@code Sanction} of the dossier format (section 6). */
public enum Sanction {
  REPRIMAND,
  WARNING,
  SALARY_DOWNGRADE,
  DEMOTION,
  REMOVAL_FROM_POST,
  DISMISSAL,
  DISMISSAL_FROM_ELECTED_OFFICE,
  CRIMINAL_PROSECUTION,
  OTHER
}
