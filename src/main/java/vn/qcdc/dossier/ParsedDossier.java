package vn.qcdc.dossier;

import java.util.List;
import vn.qcdc.dossier.facts.Dossier;

/** A dossier that passed validation, with its non-blocking warnings and the SHA-256 of its bytes. */
public record ParsedDossier(Dossier dossier, List<DossierProblem> warnings, String hash) {

  public ParsedDossier {
    warnings = List.copyOf(warnings);
  }
}
