package vn.qcdc.dossier.facts;

import java.util.List;

/** Immutable fact: Commune (dossier section {@code commune}). */
public record Commune(
    String code,
    String name,
    UnitLevel level,
    String district,
    String province,
    boolean remoteArea,
    boolean hasRadio,
    boolean hasWebsite,
    boolean hasIntranet,
    boolean hasHdnd,
    int staffCount,
    List<Village> villages) {

  public Commune {
    villages = Facts.list(villages);
  }
}
