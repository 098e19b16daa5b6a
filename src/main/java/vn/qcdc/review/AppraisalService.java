package vn.qcdc.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.assessment.ResultJson;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Regrading;
import vn.qcdc.ledger.Ledger;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.ruleset.ActiveRuleSet;
import vn.qcdc.ruleset.RuleSetRecords;
import vn.qcdc.rulebase.GradeBand;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/**
 * Records an appraisal of a year's official evaluation and the appraised total and grade it leads to: the engine's
 * points with every criterion's latest appraisal in their place, regraded from the stored result ({@link Regrading}).
 * The year's step "Đã thẩm định" is recorded in the same transaction.
 */
@Service
public class AppraisalService {

  private static final Logger LOG = LoggerFactory.getLogger(AppraisalService.class);

  private final EvaluationRepository evaluations;
  private final AppraisalRepository appraisals;
  private final ActiveRuleSet active;
  private final Ledger ledger;
  private final Lifecycle lifecycle;
  private final TransactionTemplate tx;
  private final RuleSetRecords records;

  AppraisalService(EvaluationRepository evaluations, AppraisalRepository appraisals, ActiveRuleSet active,
      Ledger ledger, Lifecycle lifecycle, TransactionTemplate tx, RuleSetRecords records) {
    this.records = records;
    this.evaluations = evaluations;
    this.appraisals = appraisals;
    this.active = active;
    this.ledger = ledger;
    this.lifecycle = lifecycle;
    this.tx = tx;
  }

  /** A stored evaluation, to appraise. */
  public java.util.Optional<StoredEvaluation> evaluation(long id) {
    return evaluations.find(id);
  }

  /** The appraisals of an evaluation, oldest first. */
  public List<Appraised> of(long evaluationId) {
    return appraisals.of(evaluationId);
  }

  /** A stored evaluation read back typed, with its appraisals applied. */
  public AppraisedResult appraised(StoredEvaluation e) {
    Evaluation result = ResultJson.typed(e.resultJson());
    return AppraisedResult.of(result, appraisals.of(e.id()), bands(result));
  }

  /** The result's own grade bands, or for a result stored before it kept them, those of the rule set it names. */
  private List<GradeBand> bands(Evaluation result) {
    return result.gradeBands().isEmpty() ? records.gradeBands(result.ruleSetHash()) : result.gradeBands();
  }

  /** Records the appraisal of one criterion and returns it with the appraised total and grade. */
  public Appraised appraise(long evaluationId, AppraisalRequest request) {
    StoredEvaluation e = evaluations.find(evaluationId)
        .orElseThrow(() -> ApiException.notFound("Evaluation", evaluationId));
    Evaluation result = ResultJson.typed(e.resultJson());
    check(request, result);
    RuleSet rules = active.current();
    if (!rules.hash().equals(e.ruleSetHash())) {
      throw ApiException.conflict("rule-set-changed", "Evaluation made with another rule set", "Evaluation "
          + evaluationId + " was made with rule set " + e.ruleSetHash().substring(0, 12) + ", not the active one; "
          + "re-evaluate it (POST /api/evaluations/" + evaluationId + "/reevaluations) and appraise the new result");
    }
    lifecycle.requireAppraisable(e.communeCode(), e.year(), evaluationId);
    Map<String, BigDecimal> points = new HashMap<>();
    appraisals.of(evaluationId).forEach(a -> points.put(a.criterion(), a.points()));
    points.put(request.criterion(), request.points());
    Regrading.Regraded regraded = Regrading.regrade(result, points, bands(result));
    Appraised row = new Appraised(0, request.criterion(), request.points().setScale(2), request.reason().strip(),
        CurrentUser.name(), Instant.now().truncatedTo(ChronoUnit.MILLIS), regraded.total(), regraded.grade().name());
    long id = tx.execute(status -> {
      long stored = ledger.record(appraisals, () -> appraisals.insert(evaluationId, row));
      lifecycle.appraised(e.communeCode(), e.year(), evaluationId, stored, request.criterion() + ": "
          + row.points().toPlainString() + " điểm. " + row.reason());
      return stored;
    });
    LOG.info("appraisal id={} user={} evaluation={} commune={} criterion={} engine={} appraised={} total={} grade={}",
        id, row.appraisedBy(), evaluationId, e.communeCode(), request.criterion(), e.total(), row.points(),
        row.appraisedTotal(), row.appraisedGrade());
    return appraisals.of(evaluationId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  private static void check(AppraisalRequest request, Evaluation result) {
    BigDecimal limit = result.findings().stream().filter(f -> f.criterion().equals(request.criterion())).findFirst()
        .map(f -> f.maxPoints()).orElse(null);
    if (limit == null) {
      throw ApiException.unprocessable("unknown-criterion", "Unknown criterion", "The evaluation has no criterion "
          + request.criterion()).with("problems", java.util.List.of(Map.of("path", "$.criterion", "message",
          "not a criterion of this evaluation")));
    }
    if (request.points().compareTo(limit) > 0) {
      throw ApiException.unprocessable("points-out-of-range", "Points above the maximum", request.criterion()
          + " has at most " + limit + " points").with("problems", java.util.List.of(Map.of("path", "$.points",
          "message", "must be between 0 and " + limit)));
    }
  }
}
