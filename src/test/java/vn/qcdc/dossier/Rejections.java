package vn.qcdc.dossier;

import java.util.List;

/** Reads a dossier that the test expects to be rejected and returns its problems. */
final class Rejections {

  private static final DossierReader READER = new DossierReader();

  private Rejections() {}

  static List<DossierProblem> problemsOf(byte[] json) {
    try {
      READER.read(json);
    } catch (InvalidDossierException e) {
      return e.problems();
    }
    throw new AssertionError("the dossier was accepted, a rejection was expected");
  }

  static DossierProblem problem(String path, String message) {
    return new DossierProblem(path, message);
  }
}
