package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.Checks;
import vn.qcdc.ruleapi.Law;
import vn.qcdc.ruleapi.Section;
import vn.qcdc.rulebase.ConstantText;
import vn.qcdc.rulebase.Group;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RunLimits;
import vn.qcdc.rulebase.Text;

/**
 * Evaluates a validated dossier with a rule set: runs the rules once, then scores every catalogue criterion,
 * applies the adjustments and grades the total. Plain Java, no Spring; safe to call from many threads.
 */
public final class Evaluator {

  private final RunLimits limits;

  /** An evaluator with the limits of a real evaluation ({@link RunLimits#EVALUATION}). */
  public Evaluator() {
    this(RunLimits.EVALUATION);
  }

  /** An evaluator with other safety limits (the scenario check of a candidate rule set, tests). */
  public Evaluator(RunLimits limits) {
    this.limits = limits;
  }

  public Evaluation evaluate(RuleSet ruleSet, ParsedDossier parsed) {
    Dossier dossier = parsed.dossier();
    int year = dossier.period().year();
    Law law = new Law(year, ruleSet.parameters(), ruleSet.calendar(), dossier.regulations());
    List<Object> facts = FactBuilder.facts(dossier);
    Set<String> absent = facts.stream().filter(f -> f instanceof Section s && !s.present())
        .map(f -> ((Section) f).name()).collect(Collectors.toSet());
    Derived derived = new Derived(ruleSet.fire(facts, Map.of("law", law, "checks", new Checks(law)),
        Derived::isDerived, limits).stream().map(o -> withValues(o, ruleSet, law)).toList());

    CriterionScorer scorer = new CriterionScorer(derived, absent, ruleSet, year);
    var warned = RecordWarnings.byRecord(dossier, parsed.warnings());
    List<Finding> findings = ruleSet.criteria().stream().map(scorer::score)
        .map(f -> RecordWarnings.attach(f, warned)).toList();
    List<GroupResult> groups = ruleSet.profile().groups().stream().map(g -> group(g, findings)).toList();
    BigDecimal sum = groups.stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    Adjuster.Outcome outcome = Adjuster.apply(ruleSet.profile(), ruleSet.parameters(), derived, absent, sum, year);
    return new Evaluation(dossier.commune().code(), dossier.commune().name(), year, ruleSet.hash(),
        ruleSet.profile().id(), parsed.hash(), groups, findings, outcome.adjustments(), outcome.total(),
        ruleSet.profile().maxTotal(), outcome.bandGrade(), outcome.grade(), SelfScores.of(dossier, findings),
        parsed.warnings(), ruleSet.profile().gradeBands());
  }

  /**
   * A check whose sentences name constants ({@code {K04}}) says the value in force on its trigger date (else on the
   * date it is counted on): the number in the sentence is the one the deadline was computed from.
   */
  private static Object withValues(Object o, RuleSet ruleSet, Law law) {
    if (!(o instanceof Check c)) {
      return o;
    }
    LocalDate on = c.trigger() != null ? c.trigger() : c.anchor() != null ? c.anchor() : law.periodEnd();
    Text duty = ConstantText.fill(c.duty(), ruleSet.parameters(), on);
    Text detail = ConstantText.fill(c.detail(), ruleSet.parameters(), on);
    return duty == c.duty() && detail == c.detail() ? c : new Check(c.criterion(), c.part(), c.kind(), c.records(),
        c.trigger(), c.due(), c.anchor(), c.action(), c.compliantCount(), c.applicableCount(), c.item(), c.constants(),
        c.counted(), duty, detail);
  }

  private static GroupResult group(Group g, List<Finding> findings) {
    BigDecimal points = findings.stream().filter(f -> f.group().equals(g.id())).map(Finding::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new GroupResult(g.id(), g.title(), points, g.maxPoints());
  }
}
