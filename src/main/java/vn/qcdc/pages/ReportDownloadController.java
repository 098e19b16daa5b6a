package vn.qcdc.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.report.EvaluationReports;
import vn.qcdc.report.Issuer;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.ruleset.ActiveRuleSet;
import vn.qcdc.web.Downloads;

/**
 * PDF and XLSX reports of a stored evaluation. The reports render an engine result, so the stored dossier snapshot
 * is evaluated again with the rule set in force; if that is no longer the rule set the evaluation was made with, the
 * download is refused (re-evaluate first) rather than printing figures that differ from the stored ones.
 */
@Controller
class ReportDownloadController {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Results results;
  private final EvaluationRepository evaluations;
  private final ActiveRuleSet active;
  private final EvaluationReports reports = new EvaluationReports();
  private final DossierReader reader = new DossierReader();
  private final Evaluator evaluator = new Evaluator();

  ReportDownloadController(Results results, EvaluationRepository evaluations, ActiveRuleSet active) {
    this.results = results;
    this.evaluations = evaluations;
    this.active = active;
  }

  @GetMapping("/danh-gia/{id}/bao-cao.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    Evaluation e = engineResult(id);
    return Downloads.attachment(reports.pdf(e, (Issuer) null, LocalDate.now(VIETNAM)), MediaType.APPLICATION_PDF,
        EvaluationReports.fileName(e, "pdf"));
  }

  @GetMapping("/danh-gia/{id}/bao-cao.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    Evaluation e = engineResult(id);
    return Downloads.attachment(reports.xlsx(e), Downloads.XLSX, EvaluationReports.fileName(e, "xlsx"));
  }

  private Evaluation engineResult(long id) {
    StoredEvaluation stored = results.evaluation(id);
    RuleSet rules = active.current();
    if (!rules.hash().equals(stored.ruleSetHash())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "evaluation " + id + " was made with another rule set");
    }
    try {
      return evaluator.evaluate(rules, reader.read(evaluations.snapshot(id).orElseThrow()));
    } catch (InvalidDossierException ex) {
      throw vn.qcdc.intake.NoLongerValid.of(ex);
    }
  }
}
