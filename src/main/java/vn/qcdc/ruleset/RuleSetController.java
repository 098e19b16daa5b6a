package vn.qcdc.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.GradeBand;
import vn.qcdc.rulebase.Group;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/** The active rule set and its criteria catalogue, read-only. */
@RestController
@RequestMapping("/api/rule-set")
@Tag(name = "Rule set", description = "The active rule set and its criteria catalogue (LEGAL, AUDITOR, ADMIN)")
class RuleSetController {

  record RuleSetView(String hash, String profile, String version, Text title, BigDecimal maxTotal, Instant loadedAt,
      List<GroupView> groups, List<GradeBand> gradeBands) {}

  record GroupView(String id, Text title, BigDecimal maxPoints) {}

  record CriterionView(String id, String group, Text title, BigDecimal maxPoints, String legalBasis,
      List<LegalBasis> legalBases) {}

  private final ActiveRuleSet active;

  RuleSetController(ActiveRuleSet active) {
    this.active = active;
  }

  @GetMapping
  @Operation(summary = "The active rule set: hash, profile, groups and grade bands")
  RuleSetView ruleSet() {
    RuleSet r = active.current();
    return new RuleSetView(r.hash(), r.profile().id(), r.profile().version(), r.profile().title(),
        r.profile().maxTotal(), r.loadedAt(),
        r.profile().groups().stream().map((Group g) -> new GroupView(g.id(), g.title(), g.maxPoints())).toList(),
        r.profile().gradeBands());
  }

  @GetMapping("/criteria")
  @Operation(summary = "The criteria catalogue of the active rule set")
  List<CriterionView> criteria() {
    RuleSet r = active.current();
    return r.criteria().stream()
        .map((Criterion c) -> new CriterionView(c.id(), c.group(), r.cite(c.title()), c.maxPoints(), r.cite(c.legalBasis()),
            c.legalBases().all()))
        .toList();
  }
}
