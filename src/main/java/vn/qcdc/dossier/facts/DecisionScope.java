package vn.qcdc.dossier.facts;

/** Enumeration {@code DecisionScope} of the dossier format (section 6). */
public enum DecisionScope {
  VILLAGE,
  COMMUNE_WIDE
}
