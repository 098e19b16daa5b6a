package vn.qcdc.dossier.facts;

/** Enumeration {@code Organisation} of the dossier format (section 6). */
public enum Organisation {
  FATHERLAND_FRONT,
  FARMERS_UNION,
  WOMENS_UNION,
  VETERANS_ASSOCIATION,
  YOUTH_UNION,
  TRADE_UNION,
  OTHER
}
