package vn.qcdc.dossier.facts;

/** Enumeration {@code DvkField} of the dossier format (section 6). */
public enum DvkField {
  ECONOMY,
  CULTURE_SOCIETY,
  DEFENCE_SECURITY,
  PARTY_BUILDING_GOVERNMENT,
  OTHER
}
