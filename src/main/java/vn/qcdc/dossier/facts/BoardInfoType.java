package vn.qcdc.dossier.facts;

/** Enumeration {@code BoardInfoType} of the dossier format (section 6). */
public enum BoardInfoType {
  SOCIO_ECONOMIC_TARGETS,
  KEY_POLICIES,
  COMPLAINT_DENUNCIATION_RESULTS,
  DEMOCRACY_RESULTS,
  OTHER
}
