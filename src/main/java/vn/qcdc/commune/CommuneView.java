package vn.qcdc.commune;

import java.util.List;
import vn.qcdc.dossier.facts.UnitLevel;

/** A commune with the communes merged into it and those it was merged into. */
record CommuneView(String code, String name, String province, UnitLevel level, boolean demo,
    List<CommuneLink> predecessors, List<CommuneLink> successors) {

  static CommuneView of(CommuneAdministration.Profile p) {
    Commune c = p.commune();
    return new CommuneView(c.code(), c.name(), c.province(), c.level(), c.demo(), p.predecessors(), p.successors());
  }
}
