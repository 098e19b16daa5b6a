package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.i18n.Message;

/** Checks that the catalogue, the profile and the DRL rules agree: ids, sums and coverage. */
final class CatalogueChecks {

  private final Profile profile;
  private final List<Criterion> criteria;
  private final List<RuleSetProblem> problems;

  CatalogueChecks(Profile profile, List<Criterion> criteria, List<RuleSetProblem> problems) {
    this.profile = profile;
    this.criteria = criteria;
    this.problems = problems;
  }

  void check(List<DrlRules.Declared> rules) {
    duplicates();
    sums();
    coverage(rules);
  }

  private void duplicates() {
    Set<String> seen = new HashSet<>();
    profile.groups().stream().filter(g -> !seen.add(g.id()))
        .forEach(g -> problems.add(g.source().problem(Message.of("rules.group.twice", g.id()))));
    criteria.stream().filter(c -> !seen.add(c.id()))
        .forEach(c -> problems.add(c.source().problem(Message.of("rules.criterion.twice", c.id()))));
    profile.adjustments().stream().filter(a -> !seen.add(a.id()))
        .forEach(a -> problems.add(a.source().problem(Message.of("rules.adjustment.twice", a.id()))));
  }

  private void sums() {
    BigDecimal total = BigDecimal.ZERO;
    for (Group g : profile.groups()) {
      BigDecimal sum = RuleSetLoader.sum(criteria.stream().filter(c -> c.group().equals(g.id()))
          .map(Criterion::maxPoints).toList());
      if (sum.compareTo(g.maxPoints()) != 0) {
        problems.add(g.source().problem(Message.of("rules.group.sum", g.id(), plain(g.maxPoints()),
            plain(sum))));
      }
      total = total.add(g.maxPoints());
    }
    if (total.compareTo(profile.maxTotal()) != 0) {
      problems.add(RuleSetProblem.of(RuleSetLoader.PROFILE, 0, Message.of("rules.profile.sum",
          plain(profile.maxTotal()), plain(total))));
    }
  }

  private void coverage(List<DrlRules.Declared> rules) {
    Set<String> known = criteria.stream().map(Criterion::id).collect(Collectors.toSet());
    profile.adjustments().forEach(a -> known.add(a.id()));
    for (DrlRules.Declared r : rules) {
      if (!r.id().matches("(TC\\d+\\.\\d+|[A-Z]\\d+)")) {
        problems.add(r.source().problem(Message.of("rules.rule.noCriterion", r.name())));
      } else if (!known.contains(r.id())) {
        problems.add(r.source().problem(Message.of("rules.rule.unknown", r.name(), r.id())));
      }
    }
    Set<String> implemented = rules.stream().map(DrlRules.Declared::id).collect(Collectors.toSet());
    criteria.stream().filter(c -> !implemented.contains(c.id())).forEach(c ->
        problems.add(c.source().problem(Message.of("rules.criterion.noRule", c.id()))));
    profile.adjustments().stream().filter(a -> !implemented.contains(a.id())).forEach(a ->
        problems.add(a.source().problem(Message.of("rules.adjustment.noRule", a.id()))));
  }

  /** Without trailing zeros, still a number: each language writes its own decimal separator. */
  private static BigDecimal plain(BigDecimal v) {
    return v.stripTrailingZeros();
  }
}
