package vn.qcdc.dossier.facts;

/** Enumeration {@code TargetCategory} of the dossier format (section 6). */
public enum TargetCategory {
  MOBILISATION,
  SOCIO_ECONOMIC,
  ADMINISTRATIVE_REFORM,
  OTHER
}
