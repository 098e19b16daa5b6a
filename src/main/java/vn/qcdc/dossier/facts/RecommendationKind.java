package vn.qcdc.dossier.facts;

/** Enumeration {@code RecommendationKind} of the dossier format (section 6). */
public enum RecommendationKind {
  RECOMMENDATION,
  INFORMATION_REQUEST
}
