package vn.qcdc.dossier.facts;

/** Enumeration {@code CoordinationActivityType} of the dossier format (section 6). */
public enum CoordinationActivityType {
  JOINT_MEETING,
  JOINT_SUPERVISION,
  JOINT_CAMPAIGN,
  OTHER
}
