package vn.qcdc.dossier.facts;

/** Enumeration {@code InternalDisclosureChannel} of the dossier format (section 6). */
public enum InternalDisclosureChannel {
  INTRANET,
  POSTING,
  WRITTEN_NOTICE,
  STAFF_CONFERENCE,
  UNIT_HEAD,
  PARTY_OR_UNION
}
