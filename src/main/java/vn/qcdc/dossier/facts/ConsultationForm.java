package vn.qcdc.dossier.facts;

/** Enumeration {@code ConsultationForm} of the dossier format (section 6). */
public enum ConsultationForm {
  DIALOGUE_CONFERENCE,
  COMMUNITY_MEETING,
  HOUSEHOLD_BALLOT,
  SUGGESTION_BOX,
  HOTLINE,
  FRONT_WORK_COMMITTEE,
  MASS_ORGANISATION,
  WEBSITE,
  SOCIAL_NETWORK,
  DIRECT_DIALOGUE,
  OTHER
}
