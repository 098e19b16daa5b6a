package vn.qcdc.dossier.facts;

/** Enumeration {@code SatisfactionChannel} of the dossier format (section 6). */
public enum SatisfactionChannel {
  FEEDBACK_FORM,
  ELECTRONIC_DEVICE,
  ONLINE_RATING,
  CAMERA,
  SUGGESTION_BOX,
  SURVEY
}
