package vn.qcdc.dossier.facts;

/** Enumeration {@code PersonRole} of the dossier format (section 6). */
public enum PersonRole {
  COMMUNE_LEADER,
  COMMUNE_CIVIL_SERVANT,
  COMMUNE_PART_TIME,
  VILLAGE_PART_TIME,
  OTHER
}
