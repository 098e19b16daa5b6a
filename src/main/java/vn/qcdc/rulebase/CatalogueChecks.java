package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        .forEach(g -> problems.add(g.source().problem("group " + g.id() + " is defined twice")));
    criteria.stream().filter(c -> !seen.add(c.id()))
        .forEach(c -> problems.add(c.source().problem("criterion " + c.id() + " is defined twice")));
    profile.adjustments().stream().filter(a -> !seen.add(a.id()))
        .forEach(a -> problems.add(a.source().problem("adjustment " + a.id() + " is defined twice")));
  }

  private void sums() {
    BigDecimal total = BigDecimal.ZERO;
    for (Group g : profile.groups()) {
      BigDecimal sum = RuleSetLoader.sum(criteria.stream().filter(c -> c.group().equals(g.id()))
          .map(Criterion::maxPoints).toList());
      if (sum.compareTo(g.maxPoints()) != 0) {
        problems.add(g.source().problem("group " + g.id() + " has maxPoints " + plain(g.maxPoints())
            + " but its criteria add up to " + plain(sum)));
      }
      total = total.add(g.maxPoints());
    }
    if (total.compareTo(profile.maxTotal()) != 0) {
      problems.add(new RuleSetProblem(RuleSetLoader.PROFILE, 0, "maxTotal is " + plain(profile.maxTotal())
          + " but the groups add up to " + plain(total)));
    }
  }

  private void coverage(List<DrlRules.Declared> rules) {
    Set<String> known = criteria.stream().map(Criterion::id).collect(Collectors.toSet());
    profile.adjustments().forEach(a -> known.add(a.id()));
    for (DrlRules.Declared r : rules) {
      if (!r.id().matches("(TC\\d+\\.\\d+|[A-Z]\\d+)")) {
        problems.add(r.source().problem("rule \"" + r.name()
            + "\" names no criterion: its name must start with a criterion or adjustment id, e.g. \"TC5.1 ...\""));
      } else if (!known.contains(r.id())) {
        problems.add(r.source().problem("rule \"" + r.name() + "\" names " + r.id()
            + ", which is not in the catalogue (criteria.yaml) nor among the adjustments (profile.yaml)"));
      }
    }
    Set<String> implemented = rules.stream().map(DrlRules.Declared::id).collect(Collectors.toSet());
    criteria.stream().filter(c -> !implemented.contains(c.id())).forEach(c ->
        problems.add(c.source().problem("criterion " + c.id() + " has no rule: no DRL rule name starts with " + c.id())));
    profile.adjustments().stream().filter(a -> !implemented.contains(a.id())).forEach(a ->
        problems.add(a.source().problem("adjustment " + a.id() + " has no rule: no DRL rule name starts with " + a.id())));
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
