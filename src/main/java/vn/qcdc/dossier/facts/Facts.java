package vn.qcdc.dossier.facts;

import java.util.List;

/** Normalisation shared by the fact records: the dossier format reads an absent nested list as empty. */
final class Facts {

  private Facts() {}

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** A top-level section keeps {@code null} for "not reported", unlike nested lists. */
  static <T> List<T> section(List<T> values) {
    return values == null ? null : List.copyOf(values);
  }
}
