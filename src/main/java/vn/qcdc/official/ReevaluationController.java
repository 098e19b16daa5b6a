package vn.qcdc.official;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.ruleset.RuleSetRecords;
import vn.qcdc.web.ApiException;

/** The official results left behind by a rule change, and the one action that re-evaluates them (LEGAL, AUDITOR). */
@RestController
@Tag(name = "Re-evaluation after a rule change", description = "Results made with a rule set no longer in force, "
    + "and their re-evaluation in bulk (LEGAL, AUDITOR)")
class ReevaluationController {

  /** What a rule change left: the results to re-evaluate, the final ones kept as made, and the latest run. */
  record Stale(String inForce, List<EvaluationSummary> stale, List<EvaluationSummary> finalOnEarlierRules,
      BulkReevaluation.Job latest) {}

  private final BulkReevaluation bulk;
  private final RuleSetRecords rules;

  ReevaluationController(BulkReevaluation bulk, RuleSetRecords rules) {
    this.bulk = bulk;
    this.rules = rules;
  }

  @GetMapping("/api/reevaluations")
  @Operation(summary = "Official results made with a rule set no longer in force (to re-evaluate, or final as made)")
  Stale stale() {
    return new Stale(rules.inForce(), bulk.stale().stream().map(EvaluationSummary::of).toList(),
        bulk.finalOnEarlierRules().stream().map(EvaluationSummary::of).toList(), bulk.latest().orElse(null));
  }

  @PostMapping("/api/reevaluations")
  @Operation(summary = "Re-evaluate every official result that is not final and was made with an earlier rule set")
  ResponseEntity<BulkReevaluation.Job> start() {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(bulk.start());
  }

  @GetMapping("/api/reevaluations/{id}")
  @Operation(summary = "Progress of a run (done of total) and, line by line, what moved")
  BulkReevaluation.Job job(@PathVariable String id) {
    return bulk.find(id).orElseThrow(() -> ApiException.notFound("Re-evaluation", id));
  }
}
