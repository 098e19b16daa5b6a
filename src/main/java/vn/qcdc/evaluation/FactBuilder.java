package vn.qcdc.evaluation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.qcdc.dossier.facts.AdministrativeDossiers;
import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.ruleapi.Section;

/**
 * Turns a dossier into the facts the rules match: every record of every section, the commune and its villages, and
 * one {@link Section} per optional section saying whether it was reported.
 */
final class FactBuilder {

  private FactBuilder() {}

  static List<Object> facts(Dossier dossier) {
    List<Object> facts = new ArrayList<>();
    facts.add(dossier.commune());
    facts.addAll(dossier.commune().villages());
    facts.add(dossier.period());
    for (RecordComponent c : Dossier.class.getRecordComponents()) {
      if (!RuleSetLoader.SECTIONS.contains(c.getName())) {
        continue;
      }
      Object value = read(c, dossier);
      facts.add(new Section(c.getName(), value != null));
      if (value instanceof Collection<?> records) {
        facts.addAll(records);
      } else if (value instanceof AdministrativeDossiers a) {
        facts.add(a);
        if (a.records() != null) {
          facts.addAll(a.records());
        }
        if (a.monthlyAggregates() != null) {
          facts.addAll(a.monthlyAggregates());
        }
        if (a.yearEndPending() != null) {
          facts.add(a.yearEndPending());
        }
      } else if (value != null && !(value instanceof Commune)) {
        facts.add(value);
      }
    }
    return facts;
  }

  private static Object read(RecordComponent c, Dossier dossier) {
    try {
      return c.getAccessor().invoke(dossier);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read dossier section " + c.getName(), e);
    }
  }
}
