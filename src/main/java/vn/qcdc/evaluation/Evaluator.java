package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.ruleapi.Checks;
import vn.qcdc.ruleapi.Law;
import vn.qcdc.ruleapi.Section;
import vn.qcdc.rulebase.Group;
import vn.qcdc.rulebase.RuleSet;

/**
 * Evaluates a validated dossier with a rule set: runs the rules once, then scores every catalogue criterion,
 * applies the adjustments and grades the total. Plain Java, no Spring; safe to call from many threads.
 */
public final class Evaluator {

  /** A safety limit on rule firings per evaluation; far above what the shipped profile needs for 100,000 records. */
  public static final int MAX_FIRINGS = 5_000_000;

  /** A safety limit on the time one evaluation may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final int maxFirings;
  private final Duration timeout;

  public Evaluator() {
    this(MAX_FIRINGS, TIMEOUT);
  }

  /** An evaluator with other safety limits than the defaults. */
  public Evaluator(int maxFirings, Duration timeout) {
    this.maxFirings = maxFirings;
    this.timeout = timeout;
  }

  public Evaluation evaluate(RuleSet ruleSet, ParsedDossier parsed) {
    Dossier dossier = parsed.dossier();
    int year = dossier.period().year();
    Law law = new Law(year, ruleSet.parameters(), ruleSet.calendar(), dossier.regulations());
    List<Object> facts = FactBuilder.facts(dossier);
    Set<String> absent = facts.stream().filter(f -> f instanceof Section s && !s.present())
        .map(f -> ((Section) f).name()).collect(Collectors.toSet());
    Derived derived = new Derived(ruleSet.fire(facts, Map.of("law", law, "checks", new Checks(law)),
        Derived::isDerived, maxFirings, timeout));

    CriterionScorer scorer = new CriterionScorer(derived, absent, ruleSet.parameters(), new Explainer(ruleSet));
    List<Finding> findings = ruleSet.criteria().stream().map(scorer::score).toList();
    List<GroupResult> groups = ruleSet.profile().groups().stream().map(g -> group(g, findings)).toList();
    BigDecimal sum = groups.stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    Adjuster.Outcome outcome = Adjuster.apply(ruleSet.profile(), derived, absent, sum);
    return new Evaluation(dossier.commune().code(), dossier.commune().name(), year, ruleSet.hash(),
        ruleSet.profile().id(), parsed.hash(), groups, findings, outcome.adjustments(), outcome.total().setScale(2),
        ruleSet.profile().maxTotal(), outcome.bandGrade(), outcome.grade(), SelfScores.of(dossier, findings),
        parsed.warnings());
  }

  private static GroupResult group(Group g, List<Finding> findings) {
    BigDecimal points = findings.stream().filter(f -> f.group().equals(g.id())).map(Finding::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new GroupResult(g.id(), g.title(), points.setScale(2), g.maxPoints());
  }
}
