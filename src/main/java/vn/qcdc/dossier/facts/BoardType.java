package vn.qcdc.dossier.facts;

/** Enumeration {@code BoardType} of the dossier format (section 6). */
public enum BoardType {
  BAN_TTND_COMMUNE,
  BAN_GSDTCD,
  BAN_TTND_AGENCY
}
