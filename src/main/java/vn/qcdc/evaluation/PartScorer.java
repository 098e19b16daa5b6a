package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.Veto;
import vn.qcdc.rulebase.Part;
import vn.qcdc.rulebase.Scoring;
import vn.qcdc.rulebase.Text;

/** Applies a part's scoring formula to its counted checks (profile §3.2–§3.4). */
final class PartScorer {

  private PartScorer() {}

  static ScoredPart missing(Part part, List<Check> checks, Text note) {
    return new ScoredPart(part.id(), State.MISSING_EVIDENCE, Ratio.ZERO, part.maxPoints(), 0, 0, checks, note);
  }

  static ScoredPart notApplicable(Part part, List<Check> checks, Text note) {
    return new ScoredPart(part.id(), State.NOT_APPLICABLE, Ratio.of(part.maxPoints()), part.maxPoints(), 0, 0, checks,
        note);
  }

  static ScoredPart score(Part part, List<Check> checks, List<Veto> vetoes) {
    List<Check> counted = checks.stream().filter(Check::counted).toList();
    long applicable = counted.stream().mapToLong(Check::applicableCount).sum();
    long compliant = counted.stream().mapToLong(Check::compliantCount).sum();
    if (applicable == 0) {
      return notApplicable(part, checks, Text.of("Không phát sinh trường hợp phải kiểm tra trong kỳ.",
          "Nothing to check arose in the period."));
    }
    Ratio points = vetoes.isEmpty() ? points(part, counted, compliant, applicable) : Ratio.ZERO;
    Text note = vetoes.isEmpty() ? null : vetoes.get(0).reason();
    return new ScoredPart(part.id(), state(points, part.maxPoints()), points, part.maxPoints(), applicable, compliant,
        checks, note);
  }

  static State state(Ratio points, BigDecimal max) {
    int vsMax = points.compareTo(Ratio.of(max));
    return vsMax >= 0 ? State.PASS : points.compareTo(Ratio.ZERO) > 0 ? State.PARTIAL : State.FAIL;
  }

  private static Ratio points(Part part, List<Check> counted, long compliant, long applicable) {
    Scoring s = part.scoring();
    return switch (s.method()) {
      case PROPORTIONAL -> Ratio.share(part.maxPoints(), compliant, applicable);
      case BANDS -> Ratio.of(band(s, compliant, applicable));
      case SUM_ITEMS -> Ratio.of(met(s, counted).stream().map(s.items()::get)
          .reduce(BigDecimal.ZERO, BigDecimal::add).min(part.maxPoints()));
      case BEST_ITEM -> Ratio.of(met(s, counted).stream().map(s.items()::get)
          .reduce(BigDecimal.ZERO, BigDecimal::max));
    };
  }

  /** The first band reached, compared exactly in integers: compliant × 100 ≥ atLeast × applicable. */
  private static BigDecimal band(Scoring s, long compliant, long applicable) {
    BigDecimal lhs = BigDecimal.valueOf(compliant).multiply(BigDecimal.valueOf(100));
    for (Scoring.Band b : s.bands()) {
      if (lhs.compareTo(b.atLeastPercent().multiply(BigDecimal.valueOf(applicable))) >= 0) {
        return b.points();
      }
    }
    return BigDecimal.ZERO;
  }

  private static Set<String> met(Scoring s, List<Check> counted) {
    Map<String, Boolean> byItem = counted.stream().filter(c -> c.item() != null && s.items().containsKey(c.item()))
        .collect(Collectors.toMap(Check::item, Check::compliant, Boolean::logicalOr));
    return byItem.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet());
  }
}
