package vn.qcdc.dossier.facts;

/** Enumeration {@code DisseminationTopic} of the dossier format (section 6). */
public enum DisseminationTopic {
  DEMOCRACY_LAW,
  DAN_VAN,
  CITIZEN_RECEPTION_COMPLAINTS,
  ADMINISTRATIVE_REFORM,
  OTHER
}
