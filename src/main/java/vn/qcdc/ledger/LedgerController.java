package vn.qcdc.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets auditors, legal staff and administrators check that no stored record was changed. */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "Ledger", description = "Tamper evidence of dossiers, evaluations, appraisals, rule sets and users "
    + "(AUDITOR, LEGAL, ADMIN)")
class LedgerController {

  private final LedgerVerifier verifier;

  LedgerController(LedgerVerifier verifier) {
    this.verifier = verifier;
  }

  @GetMapping("/verification")
  @Operation(summary = "Recompute the hash chain; names the first record that no longer matches")
  Verification verify() {
    return verifier.verify();
  }
}
