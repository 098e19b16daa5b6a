package vn.qcdc.official;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/** A commune's years: their state and official result, and the steps submission, sign-off and reopening. */
@RestController
@Tag(name = "Commune years", description = "State and official result of a commune-year (AUDITOR, LEGAL, own "
    + "commune: CHAIRMAN); submission and sign-off (AUDITOR); reopening (AUDITOR, ADMIN)")
class YearController {

  /** A submission: the version handed in (the newest if absent), and a note. */
  record Submission(Long dossierId, @Size(max = 4000) String reason) {}

  /** A sign-off's note, or a reopening's reason (required for a reopening). */
  record Note(@Size(max = 4000) String reason) {}

  private final OfficialResults results;
  private final YearSteps steps;
  private final CommuneRepository communes;
  private final DossierRepository dossiers;

  YearController(OfficialResults results, YearSteps steps, CommuneRepository communes, DossierRepository dossiers) {
    this.results = results;
    this.steps = steps;
    this.communes = communes;
    this.dossiers = dossiers;
  }

  @GetMapping("/api/communes/{code}/years")
  @Operation(summary = "Every year of the commune with its state and official result (null while it has none)")
  List<YearView> years(@PathVariable String code) {
    readable(code);
    return results.years(code).stream().map(this::view).toList();
  }

  @GetMapping("/api/communes/{code}/years/{year}")
  @Operation(summary = "One commune-year: state, submitted and newest version, official result, every step")
  YearView year(@PathVariable String code, @PathVariable int year) {
    readable(code);
    return view(results.years(code).stream().filter(y -> y.year() == year).findFirst()
        .orElseGet(() -> new CommuneYear(code, year, List.of())));
  }

  @PostMapping("/api/communes/{code}/years/{year}/submission")
  @Operation(summary = "Record that a dossier version (the newest if none is named) was handed in by the commune")
  ResponseEntity<YearView> submit(@PathVariable String code, @PathVariable int year,
      @Valid @RequestBody(required = false) Submission body) {
    readable(code);
    return created(steps.submit(code, year, body == null ? null : body.dossierId(), body == null ? null
        : body.reason()));
  }

  @PostMapping("/api/communes/{code}/years/{year}/sign-off")
  @Operation(summary = "Sign off the year's official result: final, immutable until reopened")
  ResponseEntity<YearView> signOff(@PathVariable String code, @PathVariable int year,
      @Valid @RequestBody(required = false) Note body) {
    readable(code);
    return created(steps.signOff(code, year, body == null ? null : body.reason()));
  }

  @PostMapping("/api/communes/{code}/years/{year}/reopening")
  @Operation(summary = "Reopen a signed-off year; a written reason is required")
  ResponseEntity<YearView> reopen(@PathVariable String code, @PathVariable int year,
      @Valid @RequestBody(required = false) Note body) {
    readable(code);
    return created(steps.reopen(code, year, body == null ? null : body.reason()));
  }

  private YearView view(CommuneYear y) {
    Long latest = dossiers.latest(y.communeCode(), y.year()).map(StoredDossier::id).orElse(null);
    return YearView.of(y, latest, results.ofYear(y.communeCode(), y.year()).orElse(null));
  }

  private ResponseEntity<YearView> created(CommuneYear y) {
    return ResponseEntity.created(URI.create("/api/communes/" + y.communeCode() + "/years/" + y.year()))
        .body(view(y));
  }

  private void readable(String code) {
    if (!CurrentUser.mayRead(code)) {
      throw EvaluationsController.forbidden(code);
    }
    communes.find(code).orElseThrow(() -> ApiException.notFound("Commune", code));
  }
}
