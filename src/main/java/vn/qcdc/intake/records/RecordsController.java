package vn.qcdc.intake.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.i18n.Message;
import vn.qcdc.web.ApiException;
import vn.qcdc.workbook.ConversionSlots;

/** Bulk append of CSV/XLSX records to a dossier (AUDITOR), and the column layouts (AUDITOR, LEGAL). */
@RestController
@Tag(name = "Dossiers")
class RecordsController {

  private final BulkAppend bulk;

  RecordsController(BulkAppend bulk) {
    this.bulk = bulk;
  }

  @GetMapping("/api/dossiers/record-layouts")
  @Operation(summary = "The column layouts of the bulk record files")
  Map<String, List<Column>> layouts() {
    return Arrays.stream(RecordLayout.values()).collect(java.util.stream.Collectors.toMap(RecordLayout::slug,
        RecordLayout::columns, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @PostMapping(value = "/api/dossiers/{id}/records/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Append records from a CSV or XLSX file (part 'file'); kind: administrative-dossiers, "
      + "complaints, reception-sessions or disclosures. Stored as a new dossier version; all or nothing")
  ResponseEntity<Map<String, Object>> append(@PathVariable long id, @PathVariable String kind,
      @RequestPart("file") MultipartFile file) throws IOException, UnreadableFileException {
    RecordLayout layout = RecordLayout.bySlug(kind).orElseThrow(() -> ApiException.notFound("Record kind", kind));
    DossierIntake.Stored stored = bulk.append(id, layout, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/dossiers/" + stored.dossier().id())).body(Map.of(
        "dossier", stored.dossier(), "warnings", stored.warnings()));
  }

  @ExceptionHandler(ConversionSlots.WorkbookBusyException.class)
  ResponseEntity<ProblemDetail> busy(ConversionSlots.WorkbookBusyException e) {
    ApiException problem = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy reading other workbooks",
        e.getMessage());
    return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem.toProblem());
  }

  @ExceptionHandler(UnreadableFileException.class)
  ResponseEntity<ProblemDetail> unreadable(UnreadableFileException e) {
    ApiException problem = ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-records",
        Message.of("api.records.invalid.title"), Message.of("api.records.invalid", e.total()))
        .with("problemCount", e.total()).with("problems", e.problems());
    return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem.toProblem());
  }
}
