package vn.qcdc.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/** Runs, lists, fetches, compares and re-runs evaluations; a chairman sees their own commune only. */
@RestController
@Tag(name = "Evaluations", description = "Evaluate (AUDITOR) and read results (AUDITOR, LEGAL, own commune: CHAIRMAN)")
class EvaluationController {

  private final EvaluationService service;
  private final EvaluationRepository evaluations;
  private final CommuneRepository communes;
  private final AppraisalLookup appraisals;

  EvaluationController(EvaluationService service, EvaluationRepository evaluations, CommuneRepository communes,
      AppraisalLookup appraisals) {
    this.service = service;
    this.evaluations = evaluations;
    this.communes = communes;
    this.appraisals = appraisals;
  }

  @PostMapping("/api/dossiers/{dossierId}/evaluations")
  @Operation(summary = "Evaluate a stored dossier version with the active rule set")
  ResponseEntity<EvaluationDetail> evaluate(@PathVariable long dossierId) {
    return created(service.evaluate(dossierId));
  }

  @PostMapping("/api/evaluations/{id}/reevaluations")
  @Operation(summary = "Evaluate the same dossier again with the active (newer) rule set; the old result stays")
  ResponseEntity<EvaluationDetail> reevaluate(@PathVariable long id) {
    return created(service.reevaluate(id));
  }

  @GetMapping("/api/evaluations")
  @Operation(summary = "Evaluations of a commune (a chairman: their own), optionally of one year")
  List<EvaluationSummary> list(@RequestParam(required = false) String commune,
      @RequestParam(required = false) Integer year) {
    String own = CurrentUser.ownCommune().orElse(null);
    String code = commune == null ? own : commune;
    if (code != null && !CurrentUser.mayRead(code)) {
      throw forbidden(code);
    }
    Set<String> codes = code == null ? Set.copyOf(communes.findAll().stream().map(c -> c.code()).toList())
        : Set.of(code);
    return evaluations.list(codes, year).stream().map(e -> EvaluationSummary.of(e, appraisals.of(e.id()))).toList();
  }

  @GetMapping("/api/communes/{code}/history")
  @Operation(summary = "Evaluations of a commune and of the communes merged into it (2025 reorganisation)")
  List<EvaluationSummary> history(@PathVariable String code) {
    if (!CurrentUser.mayRead(code)) {
      throw forbidden(code);
    }
    communes.find(code).orElseThrow(() -> ApiException.notFound("Commune", code));
    return evaluations.list(communes.lineage(code), null).stream()
        .map(e -> EvaluationSummary.of(e, appraisals.of(e.id()))).toList();
  }

  @GetMapping("/api/evaluations/{id}")
  @Operation(summary = "One evaluation with all findings and the three scores side by side")
  EvaluationDetail get(@PathVariable long id) {
    return EvaluationDetail.of(readable(id), appraisals.of(id));
  }

  @GetMapping("/api/evaluations/comparison")
  @Operation(summary = "Compare two evaluations of one commune, criterion by criterion, naming the cause")
  Comparison compare(@RequestParam long from, @RequestParam long to) {
    StoredEvaluation a = readable(from);
    StoredEvaluation b = readable(to);
    if (!a.communeCode().equals(b.communeCode()) && !communes.lineage(b.communeCode()).contains(a.communeCode())) {
      throw ApiException.unprocessable("different-communes", "Evaluations of different communes",
          "Evaluation " + from + " is of commune " + a.communeCode() + ", evaluation " + to + " of " + b.communeCode()
              + "; only evaluations of one commune (or of a predecessor and its successor) compare");
    }
    return Comparison.of(a, b, appraisals.of(from), appraisals.of(to));
  }

  private StoredEvaluation readable(long id) {
    StoredEvaluation e = evaluations.find(id).orElseThrow(() -> ApiException.notFound("Evaluation", id));
    if (!CurrentUser.mayRead(e.communeCode())) {
      throw forbidden(e.communeCode());
    }
    return e;
  }

  private ResponseEntity<EvaluationDetail> created(StoredEvaluation e) {
    return ResponseEntity.created(URI.create("/api/evaluations/" + e.id())).body(EvaluationDetail.of(e, List.of()));
  }

  private static ApiException forbidden(String code) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Not your commune",
        "A chairman reads the results of their own commune only, not of " + code);
  }
}
