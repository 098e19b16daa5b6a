package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.qcdc.dossier.SectionNames;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.Missing;
import vn.qcdc.ruleapi.NotApplicable;
import vn.qcdc.ruleapi.Veto;
import vn.qcdc.rulebase.ConstantText;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.LegalBases;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.Parameters;
import vn.qcdc.rulebase.Part;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/** Turns the facts the rules derived into one finding per catalogue criterion (profile §3.3, §3.10). */
final class CriterionScorer {

  private final Derived derived;
  private final Set<String> absentSections;
  private final RuleSet ruleSet;
  private final Parameters parameters;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;

  CriterionScorer(Derived derived, Set<String> absentSections, RuleSet ruleSet, int year) {
    this.derived = derived;
    this.absentSections = absentSections;
    this.ruleSet = ruleSet;
    this.parameters = ruleSet.parameters();
    this.periodStart = LocalDate.of(year, 1, 1);
    this.periodEnd = LocalDate.of(year, 12, 31);
  }

  Finding score(Criterion c) {
    List<ScoredPart> parts = new ArrayList<>();
    for (Part part : c.parts()) {
      parts.add(part(c, part));
    }
    Ratio exact = parts.stream().map(ScoredPart::points).reduce(Ratio.ZERO, Ratio::plus);
    State state = parts.stream().allMatch(p -> p.state() == State.MISSING_EVIDENCE) ? State.MISSING_EVIDENCE
        : parts.stream().allMatch(p -> p.state() == State.NOT_APPLICABLE) ? State.NOT_APPLICABLE
        : PartScorer.state(exact, c.maxPoints());
    Set<String> facts = new LinkedHashSet<>();
    Set<String> warnings = new TreeSet<>();
    for (ScoredPart p : parts) {
      p.checks().stream().filter(Check::counted).forEach(check -> {
        facts.addAll(check.records());
        check.constants().stream().map(parameters::get).filter(k -> k.warnsOn(check.trigger()))
            .forEach(k -> warnings.add(k.warning()));
        warnings.addAll(CalendarGaps.of(check, ruleSet));
      });
    }
    derived.vetoes(c.id()).forEach(v -> facts.addAll(v.records()));
    BigDecimal points = exact.toPoints();
    List<PartResult> results = parts.stream().map(p -> p.result(ruleSet)).toList();
    LegalBases legal = c.legalBases().filled(parameters, periodStart, periodEnd);
    List<LegalBasis> bases = legal.during(periodStart, periodEnd);
    String cited = legal.citeVi(periodStart, periodEnd);
    Text title = ConstantText.fill(c.title(), parameters, periodEnd);
    Text explanation = Explainer.explain(c, title, points, state, results,
        cited == null ? null : Text.of(cited, legal.citeEn(periodStart, periodEnd)));
    return new Finding(c.id(), c.group(), title, state, points, c.maxPoints(), results, List.copyOf(facts),
        List.copyOf(warnings), cited, explanation, bases);
  }

  private ScoredPart part(Criterion c, Part part) {
    List<Check> checks = derived.checks(c.id(), part.id());
    checks.stream().filter(k -> k.item() != null && !part.scoring().items().containsKey(k.item())).findFirst()
        .ifPresent(k -> {
          throw new IllegalStateException("A rule of " + c.id() + " inserted item '" + k.item()
              + "', which criteria.yaml does not list for that part");
        });
    Optional<String> absent = part.requires().stream().filter(absentSections::contains).findFirst();
    Optional<Missing> missing = derived.missing(c.id(), part.id());
    if (absent.isPresent() || missing.isPresent()) {
      String section = absent.orElseGet(() -> missing.get().section());
      return PartScorer.missing(part, checks, Text.of("Hồ sơ không báo cáo mục " + SectionNames.vi(section) + ".",
          "The dossier does not report the section \"" + section + "\"."));
    }
    Optional<NotApplicable> na = derived.notApplicable(c.id(), part.id());
    if (na.isPresent()) {
      return PartScorer.notApplicable(part, checks, na.get().reason());
    }
    List<Veto> vetoes = derived.vetoes(c.id()).stream()
        .filter(v -> v.part().isEmpty() || v.part().equals(part.id())).toList();
    return PartScorer.score(part, checks, vetoes);
  }
}
