package vn.qcdc.dossier.facts;

/** Enumeration {@code DisclosureChannel} of the dossier format (section 6). */
public enum DisclosureChannel {
  POSTING_HQ,
  POSTING_VILLAGE,
  WEBSITE,
  RADIO,
  VILLAGE_HEAD,
  LETTER,
  DIALOGUE,
  CITIZEN_RECEPTION,
  MASS_ORGANISATION,
  SOCIAL_NETWORK,
  OTHER
}
