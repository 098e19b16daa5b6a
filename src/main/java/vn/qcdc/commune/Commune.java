package vn.qcdc.commune;

import vn.qcdc.dossier.facts.UnitLevel;

/** A commune the service knows: dossiers can only be stored for known communes. */
public record Commune(String code, String name, String province, UnitLevel level, boolean demo) {}
