package vn.qcdc.dossier.facts;

/** Enumeration {@code MeetingType} of the dossier format (section 6). */
public enum MeetingType {
  UBND_PEOPLE_DIALOGUE,
  COMMUNITY_PERIODIC,
  STAFF_CONFERENCE,
  STAFF_RESOLUTION_REVIEW,
  VOTER_MEETING,
  OTHER
}
