package vn.qcdc.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
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
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.web.ApiException;

/** Upload of JSON dossiers (raw body or multipart file) and read access to the stored versions. */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Dossiers", description = "Upload and read evidence dossiers (upload: AUDITOR; read: AUDITOR, LEGAL)")
class DossierController {

  private final DossierIntake intake;
  private final DossierRepository dossiers;
  private final UploadProperties limits;

  DossierController(DossierIntake intake, DossierRepository dossiers, UploadProperties limits) {
    this.intake = intake;
    this.dossiers = dossiers;
    this.limits = limits;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Upload a JSON dossier as the request body; stored as a new version")
  ResponseEntity<DossierView> upload(HttpServletRequest request) throws IOException, InvalidDossierException {
    byte[] bytes = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), limits.maxDossierSize());
    return created(intake.store(bytes, "tải lên"));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload a JSON dossier as the multipart part 'file'; stored as a new version")
  ResponseEntity<DossierView> uploadFile(@RequestPart("file") MultipartFile file)
      throws IOException, InvalidDossierException {
    BoundedBody.check(file.getSize(), limits.maxDossierSize());
    return created(intake.store(file.getBytes(), "tải lên " + file.getOriginalFilename()));
  }

  @GetMapping
  @Operation(summary = "Stored dossier versions, optionally of one commune and year")
  List<DossierView> list(@RequestParam(required = false) String commune, @RequestParam(required = false) Integer year) {
    return dossiers.list(commune, year).stream().map(d -> DossierView.of(d, List.of())).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One stored dossier version (metadata) with its consistency warnings")
  DossierView get(@PathVariable long id) {
    StoredDossier stored = dossiers.find(id).orElseThrow(() -> ApiException.notFound("Dossier", id));
    return DossierView.of(stored, intake.warnings(dossiers.content(id).orElse(new byte[0])));
  }

  @GetMapping(value = "/{id}/content", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The exact bytes stored for a dossier version")
  byte[] content(@PathVariable long id) {
    return dossiers.content(id).orElseThrow(() -> ApiException.notFound("Dossier", id));
  }

  static ResponseEntity<DossierView> created(DossierIntake.Stored stored) {
    return ResponseEntity.created(URI.create("/api/dossiers/" + stored.dossier().id()))
        .body(DossierView.of(stored));
  }
}
