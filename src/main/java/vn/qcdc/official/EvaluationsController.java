package vn.qcdc.official;

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
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.assessment.EvaluationService;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.i18n.Message;
import vn.qcdc.web.ApiException;

/**
 * Runs, lists, fetches, compares and re-runs evaluations; every answer carries the commune-year's state and whether
 * the evaluation is the year's official result. A chairman sees their own commune only.
 */
@RestController
@Tag(name = "Evaluations", description = "Evaluate (AUDITOR) and read results (AUDITOR, LEGAL, own commune: CHAIRMAN)")
class EvaluationsController {

  private final EvaluationService service;
  private final EvaluationRepository evaluations;
  private final OfficialResults results;
  private final Comparisons comparisons;
  private final CommuneRepository communes;

  EvaluationsController(EvaluationService service, EvaluationRepository evaluations, OfficialResults results,
      Comparisons comparisons, CommuneRepository communes) {
    this.service = service;
    this.evaluations = evaluations;
    this.results = results;
    this.comparisons = comparisons;
    this.communes = communes;
  }

  @PostMapping("/api/dossiers/{dossierId}/evaluations")
  @Operation(summary = "Evaluate the submitted dossier version with the rule set in force: the year's official evaluation")
  ResponseEntity<EvaluationDetail> evaluate(@PathVariable long dossierId) {
    return created(service.evaluate(dossierId).id());
  }

  @PostMapping("/api/evaluations/{id}/reevaluations")
  @Operation(summary = "Evaluate the same dossier again with the rule set in force (a newer one); the old result stays")
  ResponseEntity<EvaluationDetail> reevaluate(@PathVariable long id) {
    return created(service.reevaluate(id).id());
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
    Set<String> codes = code == null ? Set.copyOf(communes.findAll().stream().map(Commune::code).toList())
        : Set.of(code);
    return results.of(evaluations.list(codes, year)).stream().map(EvaluationSummary::of).toList();
  }

  @GetMapping("/api/communes/{code}/history")
  @Operation(summary = "Evaluations of a commune and of the communes merged into it (2025 reorganisation)")
  List<EvaluationSummary> history(@PathVariable String code) {
    readableCommune(code);
    return results.of(evaluations.list(communes.lineage(code), null)).stream().map(EvaluationSummary::of).toList();
  }

  @GetMapping("/api/evaluations/{id}")
  @Operation(summary = "One evaluation with all findings, the three scores side by side and the appraised arithmetic")
  EvaluationDetail get(@PathVariable long id) {
    return EvaluationDetail.of(readable(id));
  }

  @GetMapping("/api/evaluations/comparison")
  @Operation(summary = "Compare two evaluations of one commune (and its predecessors), of one year or two consecutive")
  Comparison compare(@RequestParam long from, @RequestParam long to) {
    return comparisons.compare(readable(from), readable(to), "vi");
  }

  @GetMapping("/api/communes/{code}/comparison")
  @Operation(summary = "The comparison shown by default: the two latest official evaluations of the latest year")
  Comparison defaultComparison(@PathVariable String code) {
    readableCommune(code);
    List<ResultView> pair = comparisons.byDefault(code).orElseThrow(() -> ApiException.of(HttpStatus.NOT_FOUND,
        "no-comparison", Message.of("api.noComparison.title"), Message.of("api.noComparison", code)));
    return comparisons.compare(pair.get(0), pair.get(1), "vi");
  }

  private ResultView readable(long id) {
    ResultView v = results.of(id).orElseThrow(() -> ApiException.notFound("Evaluation", id));
    if (!CurrentUser.mayRead(v.evaluation().communeCode())) {
      throw forbidden(v.evaluation().communeCode());
    }
    return v;
  }

  private void readableCommune(String code) {
    if (!CurrentUser.mayRead(code)) {
      throw forbidden(code);
    }
    communes.find(code).orElseThrow(() -> ApiException.notFound("Commune", code));
  }

  private ResponseEntity<EvaluationDetail> created(long id) {
    return ResponseEntity.created(URI.create("/api/evaluations/" + id))
        .body(EvaluationDetail.of(results.of(id).orElseThrow()));
  }

  static ApiException forbidden(String code) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Not your commune",
        "A chairman reads the results of their own commune only, not of " + code);
  }
}
