package vn.qcdc.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.scenario.Scenario.Kind;

/**
 * Checks that every catalogue criterion has the scenario cases legal staff rely on: full points, zero, both sides of a
 * limit (two boundary cases), the not-applicable case (or proof that an empty list is scored) and missing evidence.
 */
public final class ScenarioCoverage {

  private ScenarioCoverage() {}

  /** One line per criterion that lacks a required kind of case; empty when coverage is complete. */
  public static List<String> gaps(List<Criterion> criteria, List<Scenario> scenarios) {
    Map<String, List<Kind>> kinds = scenarios.stream().filter(s -> s.criterion() != null)
        .collect(Collectors.groupingBy(Scenario::criterion, Collectors.mapping(Scenario::kind, Collectors.toList())));
    List<String> gaps = new ArrayList<>();
    for (Criterion c : criteria) {
      List<Kind> have = kinds.getOrDefault(c.id(), List.of());
      Set<String> missing = new java.util.TreeSet<>();
      for (Kind k : EnumSet.of(Kind.FULL, Kind.ZERO, Kind.MISSING_EVIDENCE)) {
        if (!have.contains(k)) {
          missing.add(k.name());
        }
      }
      if (!have.contains(Kind.NOT_APPLICABLE) && !have.contains(Kind.EMPTY_IS_NOT_NA)) {
        missing.add("NOT_APPLICABLE or EMPTY_IS_NOT_NA");
      }
      long boundaries = have.stream().filter(k -> k == Kind.BOUNDARY).count();
      if (boundaries < 2) {
        missing.add((2 - boundaries) + " more BOUNDARY");
      }
      if (!missing.isEmpty()) {
        gaps.add(c.id() + " (" + c.source().file() + "): missing " + String.join(", ", missing));
      }
    }
    Set<String> known = criteria.stream().map(Criterion::id).collect(Collectors.toSet());
    scenarios.stream().filter(s -> s.criterion() != null && !known.contains(s.criterion()))
        .forEach(s -> gaps.add(s.label() + ": names " + s.criterion() + ", which is not in the catalogue"));
    return gaps;
  }
}
