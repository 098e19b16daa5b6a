package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.ruleapi.Checks;
import vn.qcdc.ruleapi.Law;
import vn.qcdc.ruleapi.Section;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.Group;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RunLimits;

/**
 * Grades a dossier again with some criterion points set by an appraiser: the group sums use the given points, and
 * the engine's own adjustments, bands and caps (the {@code Adjuster}) turn them into a total and grade.
 */
public final class Regrading {

  /** The appraised result: group subtotals, the adjustments as applied, total, band grade and grade. */
  public record Regraded(List<GroupResult> groups, List<AdjustmentResult> adjustments, BigDecimal total,
      Grade bandGrade, Grade grade) {}

  private Regrading() {}

  /**
   * Regrades {@code parsed} with {@code ruleSet}, which must be the rule set of the evaluation being appraised.
   *
   * @param criterionPoints the points of every catalogue criterion (the engine's, or the appraiser's where set)
   * @throws IllegalArgumentException if a catalogue criterion has no points
   */
  public static Regraded regrade(RuleSet ruleSet, ParsedDossier parsed, Map<String, BigDecimal> criterionPoints) {
    for (Criterion c : ruleSet.criteria()) {
      if (!criterionPoints.containsKey(c.id())) {
        throw new IllegalArgumentException("no points for criterion " + c.id());
      }
    }
    Dossier dossier = parsed.dossier();
    Law law = new Law(dossier.period().year(), ruleSet.parameters(), ruleSet.calendar(), dossier.regulations());
    List<Object> facts = FactBuilder.facts(dossier);
    Set<String> absent = facts.stream().filter(f -> f instanceof Section s && !s.present())
        .map(f -> ((Section) f).name()).collect(Collectors.toSet());
    Derived derived = new Derived(ruleSet.fire(facts, Map.of("law", law, "checks", new Checks(law)),
        Derived::isDerived, RunLimits.EVALUATION));
    List<GroupResult> groups = ruleSet.profile().groups().stream().map(g -> group(g, ruleSet, criterionPoints))
        .toList();
    BigDecimal sum = groups.stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    Adjuster.Outcome outcome = Adjuster.apply(ruleSet.profile(), derived, absent, sum, dossier.period().year());
    return new Regraded(groups, outcome.adjustments(), outcome.total().setScale(2), outcome.bandGrade(),
        outcome.grade());
  }

  private static GroupResult group(Group g, RuleSet ruleSet, Map<String, BigDecimal> points) {
    BigDecimal sum = ruleSet.criteria().stream().filter(c -> c.group().equals(g.id())).map(c -> points.get(c.id()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new GroupResult(g.id(), g.title(), sum.setScale(2, java.math.RoundingMode.HALF_UP), g.maxPoints());
  }
}
