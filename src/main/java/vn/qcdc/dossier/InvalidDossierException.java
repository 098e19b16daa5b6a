package vn.qcdc.dossier;

import java.util.List;
import java.util.stream.Collectors;

/** The dossier was rejected; it carries every problem found, not just the first. */
public final class InvalidDossierException extends Exception {

  private final transient List<DossierProblem> problems;

  public InvalidDossierException(List<DossierProblem> problems) {
    super(problems.stream().map(DossierProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<DossierProblem> problems() {
    return problems;
  }
}
