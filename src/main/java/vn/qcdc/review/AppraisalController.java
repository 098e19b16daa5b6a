package vn.qcdc.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Auditors appraise a criterion of an evaluation; the evaluation then shows the appraised total and grade. */
@RestController
@Tag(name = "Appraisal", description = "Set a criterion's appraised points with a reason (AUDITOR)")
class AppraisalController {

  private final AppraisalService service;

  AppraisalController(AppraisalService service) {
    this.service = service;
  }

  @PostMapping("/api/evaluations/{id}/appraisals")
  @Operation(summary = "Appraise one criterion (0 ≤ points ≤ max, reason required); returns the appraised totals")
  ResponseEntity<Appraised> appraise(@PathVariable long id, @Valid @RequestBody AppraisalRequest request) {
    Appraised a = service.appraise(id, request);
    return ResponseEntity.created(URI.create("/api/evaluations/" + id)).body(a);
  }
}
