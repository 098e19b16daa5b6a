package vn.qcdc.commune;

import java.util.List;
import vn.qcdc.dossier.facts.UnitLevel;

/** A commune with the communes merged into it and those it was merged into. */
record CommuneView(String code, String name, String province, UnitLevel level, boolean demo,
    List<CommuneLink> predecessors, List<CommuneLink> successors) {

  static CommuneView of(Commune c, CommuneRepository repository) {
    return new CommuneView(c.code(), c.name(), c.province(), c.level(), c.demo(),
        repository.predecessors(c.code()), repository.successors(c.code()));
  }
}
