package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/**
 * A part while its criterion is scored: exact points and the checks as the rules inserted them. It becomes a
 * {@link PartResult} once the criterion is rounded and its checks worded.
 */
record ScoredPart(String id, State state, Ratio points, BigDecimal maxPoints, long applicable, long compliant,
    List<Check> checks, Text note) {

  PartResult result(RuleSet ruleSet) {
    return new PartResult(id, state, points.toPoints(), maxPoints, applicable, compliant, checks.stream()
        .map(c -> new CheckResult(c.records(), c.trigger(), c.due(), c.action(), c.compliant(), c.counted(),
            CheckSentence.of(c, ruleSet)))
        .toList(), note);
  }
}
