package vn.qcdc.dossier.facts;

/** Enumeration {@code PetitionChannel} of the dossier format (section 6). */
public enum PetitionChannel {
  IN_PERSON,
  MAIL,
  HOTLINE,
  WEBSITE,
  SUGGESTION_BOX,
  VIA_FATHERLAND_FRONT,
  VIA_MASS_ORGANISATION,
  SOCIAL_NETWORK,
  OTHER
}
