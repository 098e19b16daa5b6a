package vn.qcdc.commune;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.web.ApiException;

/** Lists communes (everyone signed in) and lets administrators create, rename and link them. */
@RestController
@RequestMapping("/api/communes")
@Tag(name = "Communes", description = "Communes and 2025 merger links (read: all roles; write: ADMIN)")
class CommuneController {

  private final CommuneRepository communes;

  CommuneController(CommuneRepository communes) {
    this.communes = communes;
  }

  @GetMapping
  @Operation(summary = "All communes, by province and code")
  List<Commune> list() {
    return communes.findAll();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One commune with its predecessors and successors")
  CommuneView get(@PathVariable String code) {
    return CommuneView.of(communes.find(code).orElseThrow(() -> ApiException.notFound("Commune", code)), communes);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Create a commune (ADMIN)")
  CommuneView create(@Valid @RequestBody CommuneRequest request) {
    if (communes.exists(request.code())) {
      throw ApiException.conflict("duplicate-commune", "Commune exists", "Commune " + request.code()
          + " already exists; update it with PUT /api/communes/" + request.code());
    }
    communes.insert(request.toCommune());
    return get(request.code());
  }

  @PutMapping("/{code}")
  @Transactional
  @Operation(summary = "Update a commune's name, province and level (ADMIN); the code never changes")
  CommuneView update(@PathVariable String code, @Valid @RequestBody CommuneRequest request) {
    if (!code.equals(request.code())) {
      throw ApiException.badRequest("code-mismatch", "Code cannot change",
          "The body's code " + request.code() + " differs from the URL's " + code);
    }
    if (communes.update(request.toCommune()) == 0) {
      throw ApiException.notFound("Commune", code);
    }
    return get(code);
  }

  @PostMapping("/{code}/predecessors")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Record that a commune was merged into this one (ADMIN)")
  CommuneView link(@PathVariable String code, @Valid @RequestBody LinkRequest request) {
    if (!communes.exists(code)) {
      throw ApiException.notFound("Commune", code);
    }
    if (!communes.exists(request.predecessorCode())) {
      throw ApiException.unprocessable("unknown-commune", "Unknown commune",
          "Predecessor " + request.predecessorCode() + " does not exist").with("path", "$.predecessorCode");
    }
    if (communes.lineage(request.predecessorCode()).contains(code)) {
      throw ApiException.unprocessable("link-cycle", "Links would form a cycle",
          code + " is already a predecessor of " + request.predecessorCode());
    }
    if (communes.predecessors(code).stream().anyMatch(l -> l.predecessorCode().equals(request.predecessorCode()))) {
      throw ApiException.conflict("duplicate-link", "Link exists",
          request.predecessorCode() + " is already a predecessor of " + code);
    }
    communes.link(new CommuneLink(request.predecessorCode(), code, request.effectiveDate()));
    return get(code);
  }
}
