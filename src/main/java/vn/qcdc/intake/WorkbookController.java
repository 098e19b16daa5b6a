package vn.qcdc.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.web.ApiException;
import vn.qcdc.web.Downloads;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.Declarant;
import vn.qcdc.workbook.ConversionSlots;
import vn.qcdc.workbook.WorkbookConverter;
import vn.qcdc.workbook.WorkbookLimits;
import vn.qcdc.workbook.WorkbookTooLargeException;

/**
 * The evidence dossier as an Excel workbook: the blank template, a stored dossier exported to it, and a filled
 * workbook uploaded as a new dossier version through the same validation as JSON.
 */
@RestController
@RequestMapping("/api/dossiers")
class WorkbookController {

  private final WorkbookConverter workbooks;
  private final DossierIntake intake;
  private final DossierRepository dossiers;
  private final UploadProperties limits;
  private final CommuneProfiles profiles;

  WorkbookController(DossierIntake intake, DossierRepository dossiers, UploadProperties limits,
      CommuneProfiles profiles, WorkbookLimits workbookLimits) {
    this.intake = intake;
    this.dossiers = dossiers;
    this.limits = limits;
    this.profiles = profiles;
    this.workbooks = new WorkbookConverter(workbookLimits);
  }

  @GetMapping("/workbook-template")
  @Operation(summary = "The workbook template (Mẫu hồ sơ minh chứng), optionally for a year and pre-filled with a "
      + "registered commune's profile (from its newest dossier, else from the registry)")
  ResponseEntity<byte[]> template(@RequestParam(required = false) String commune,
      @RequestParam(required = false) Integer year) {
    if (commune == null) {
      return Downloads.attachment(workbooks.template(null, year), Downloads.XLSX, "mau-ho-so-minh-chung.xlsx");
    }
    JsonNode profile = profiles.of(commune).orElseThrow(() -> ApiException.notFound("Commune", commune));
    return Downloads.attachment(workbooks.templateFor(profile, year), Downloads.XLSX,
        "mau-ho-so-minh-chung-" + commune + (year == null ? "" : "-" + year) + ".xlsx");
  }

  @GetMapping("/{id}/workbook")
  @Operation(summary = "A stored dossier version as a filled workbook")
  ResponseEntity<byte[]> export(@PathVariable long id) {
    byte[] json = dossiers.content(id).orElseThrow(() -> ApiException.notFound("Dossier", id));
    try {
      return Downloads.attachment(workbooks.export(json), Downloads.XLSX, "ho-so-minh-chung-" + id + ".xlsx");
    } catch (WorkbookTooLargeException e) {
      throw ApiException.unprocessable("too-large-for-workbook", "Dossier too large for a workbook",
          e.getMessage() + ". GET /api/dossiers/" + id + "/content gives the JSON.");
    }
  }

  @PostMapping(value = "/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload a filled workbook as the multipart part 'file'; stored as a new dossier version")
  ResponseEntity<?> upload(@RequestPart("file") MultipartFile file) throws IOException, InvalidDossierException {
    BoundedBody.check(file.getSize(), limits.maxDossierSize());
    ConversionResult result;
    try {
      result = workbooks.convert(file.getBytes(), Declarant.now(CurrentUser.name()));
    } catch (ConversionSlots.WorkbookBusyException e) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy reading other workbooks", e.getMessage());
    }
    if (!result.accepted()) {
      return WorkbookProblems.refusal(result);
    }
    return DossierController.created(intake.store(result.json(), "bảng tính " + file.getOriginalFilename()));
  }
}
