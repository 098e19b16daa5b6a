package vn.qcdc.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.SelfAssessment;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.ledger.Ledger;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.ruleset.ActiveRuleSet;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/**
 * Runs the active rule set on the submitted version of a commune-year and stores the result as a new chained record:
 * the year's official evaluation, recorded as its step "Đã chấm" in the same transaction. Nothing else is evaluated
 * officially: a draft, an older version or a signed-off year is refused.
 */
@Service
public class EvaluationService {

  private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);

  private final DossierReader reader = new DossierReader();
  private final Evaluator evaluator = new Evaluator();
  private final ActiveRuleSet active;
  private final DossierRepository dossiers;
  private final EvaluationRepository evaluations;
  private final Ledger ledger;
  private final Lifecycle lifecycle;
  private final TransactionTemplate tx;

  EvaluationService(ActiveRuleSet active, DossierRepository dossiers, EvaluationRepository evaluations,
      Ledger ledger, Lifecycle lifecycle, TransactionTemplate tx) {
    this.active = active;
    this.dossiers = dossiers;
    this.evaluations = evaluations;
    this.ledger = ledger;
    this.lifecycle = lifecycle;
    this.tx = tx;
  }

  /** Evaluates the submitted dossier version with the active rule set: the year's official evaluation. */
  public StoredEvaluation evaluate(long dossierId) {
    StoredDossier dossier = dossiers.find(dossierId).orElseThrow(() -> ApiException.notFound("Dossier", dossierId));
    return run(dossier, dossiers.content(dossierId).orElseThrow(), null, "Chấm điểm chính thức phiên bản "
        + dossier.version() + ".");
  }

  /** Evaluates the dossier of an earlier evaluation again with the active rule set; the earlier one stays. */
  public StoredEvaluation reevaluate(long evaluationId) {
    return reevaluate(evaluationId, null);
  }

  /**
   * Evaluates the dossier of an earlier evaluation again with the active rule set; the earlier one stays.
   *
   * @param why recorded with the year's step (null: a re-evaluation asked for by an auditor)
   */
  public StoredEvaluation reevaluate(long evaluationId, String why) {
    StoredEvaluation old = evaluations.find(evaluationId)
        .orElseThrow(() -> ApiException.notFound("Evaluation", evaluationId));
    StoredDossier dossier = dossiers.find(old.dossierId()).orElseThrow();
    return run(dossier, evaluations.snapshot(evaluationId).orElseThrow(), old.id(), why != null ? why
        : "Chấm lại lần chấm " + old.id() + " với bộ quy tắc đang áp dụng.");
  }

  /**
   * After a rule change: evaluates the dossier of an official evaluation again with the rule set in force or, when
   * that dossier was already evaluated with it (the rule set was rolled back to), makes that evaluation the year's
   * official one again instead of refusing.
   */
  public StoredEvaluation reevaluateForRuleSet(long evaluationId, String why) {
    StoredEvaluation old = evaluations.find(evaluationId)
        .orElseThrow(() -> ApiException.notFound("Evaluation", evaluationId));
    java.util.Optional<Long> same = evaluations.findSame(old.dossierId(), active.current().hash());
    if (same.isEmpty()) {
      return reevaluate(evaluationId, why);
    }
    tx.executeWithoutResult(status -> lifecycle.evaluated(old.communeCode(), old.year(), old.dossierId(), same.get(),
        why + " Dùng lại lần chấm " + same.get() + ", đã chấm phiên bản này với bộ quy tắc đang áp dụng."));
    return evaluations.find(same.get()).orElseThrow();
  }

  private StoredEvaluation run(StoredDossier dossier, byte[] bytes, Long supersedes, String why) {
    RuleSet rules = active.current();
    lifecycle.requireEvaluable(dossier.communeCode(), dossier.year(), dossier.id());
    refuseIfEvaluated(dossier, rules);
    long start = System.nanoTime();
    ParsedDossier parsed = parse(bytes);
    Evaluation result = evaluator.evaluate(rules, parsed);
    long ms = (System.nanoTime() - start) / 1_000_000;
    SelfAssessment self = parsed.dossier().selfAssessment();
    StoredEvaluation row = new StoredEvaluation(0, dossier.communeCode(), dossier.year(), dossier.id(),
        result.dossierHash(), rules.hash(), rules.profile().id(), result.total(), result.maxTotal(),
        result.bandGrade().name(), result.grade().name(), self == null ? null : scale(self.totalPoints()),
        self == null || self.grade() == null ? null : self.grade().name(), ResultJson.write(result), supersedes,
        CurrentUser.name(), Instant.now().truncatedTo(ChronoUnit.MILLIS), ms);
    long id = tx.execute(status -> {
      long stored = ledger.record(evaluations, () -> {
        refuseIfEvaluated(dossier, rules);
        return evaluations.insert(row, bytes);
      });
      lifecycle.evaluated(dossier.communeCode(), dossier.year(), dossier.id(), stored, why);
      return stored;
    });
    LOG.info("evaluation id={} user={} commune={} year={} dossier={} dossierHash={} ruleSet={} profile={} total={} "
            + "grade={} supersedes={} ms={}", id, row.evaluatedBy(), row.communeCode(), row.year(), dossier.id(),
        row.dossierHash(), rules.hash(), rules.profile().id(), row.total(), row.grade(), supersedes, ms);
    return evaluations.find(id).orElseThrow();
  }

  /** Checked before evaluating and again under the ledger's writer lock, so two requests cannot both store one. */
  private void refuseIfEvaluated(StoredDossier dossier, RuleSet rules) {
    evaluations.findSame(dossier.id(), rules.hash()).ifPresent(id -> {
      throw ApiException.conflict("already-evaluated", "Already evaluated with this rule set", "Dossier "
          + dossier.id() + " was already evaluated with the active rule set " + rules.hash().substring(0, 12)
          + " as evaluation " + id).with("existingEvaluationId", id);
    });
  }

  private ParsedDossier parse(byte[] bytes) {
    try {
      return reader.read(bytes);
    } catch (InvalidDossierException e) {
      throw vn.qcdc.intake.NoLongerValid.of(e);
    }
  }

  private static BigDecimal scale(BigDecimal v) {
    return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
