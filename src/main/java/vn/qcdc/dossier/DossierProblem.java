package vn.qcdc.dossier;

/** One thing wrong with a dossier: the JSON path it concerns and a plain message. */
public record DossierProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
