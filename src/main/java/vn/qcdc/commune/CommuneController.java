package vn.qcdc.commune;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.web.ApiException;

/**
 * Lists communes (everyone signed in) and lets administrators create, rename and link them, through
 * {@link CommuneAdministration} as the pages do; every change is chained in the ledger.
 */
@RestController
@RequestMapping("/api/communes")
@Tag(name = "Communes", description = "Communes and 2025 merger links (read: all roles; write: ADMIN)")
class CommuneController {

  private final CommuneAdministration communes;

  CommuneController(CommuneAdministration communes) {
    this.communes = communes;
  }

  @GetMapping
  @Operation(summary = "All communes, by province and code")
  List<Commune> list() {
    return communes.search(null);
  }

  @GetMapping("/{code}")
  @Operation(summary = "One commune with its predecessors and successors")
  CommuneView get(@PathVariable String code) {
    return CommuneView.of(communes.profile(code));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a commune (ADMIN)")
  CommuneView create(@Valid @RequestBody CommuneRequest request) {
    communes.create(request.code(), request.name(), request.province(), request.level());
    return get(request.code());
  }

  @PutMapping("/{code}")
  @Operation(summary = "Update a commune's name, province and level (ADMIN); the code never changes")
  CommuneView update(@PathVariable String code, @Valid @RequestBody CommuneRequest request) {
    if (!code.equals(request.code())) {
      throw ApiException.badRequest("code-mismatch", "Code cannot change",
          "The body's code " + request.code() + " differs from the URL's " + code);
    }
    communes.update(code, request.name(), request.province(), request.level());
    return get(code);
  }

  @PostMapping("/{code}/predecessors")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record that a commune was merged into this one (ADMIN)")
  CommuneView link(@PathVariable String code, @Valid @RequestBody LinkRequest request) {
    communes.recordMerger(code, request.effectiveDate(), List.of(request.predecessorCode()));
    return get(code);
  }
}
