package vn.qcdc.assessment;

import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.EvaluationJson;

/**
 * The stored form of an engine result: the JSON of {@link EvaluationJson} (the command line's contract), written
 * compactly, and read back as the same typed {@link Evaluation}. Nothing reads a stored result any other way.
 */
public final class ResultJson {

  private ResultJson() {}

  static String write(Evaluation evaluation) {
    return EvaluationJson.write(evaluation);
  }

  /** Reads a stored result back as the typed result the engine produced. */
  public static Evaluation typed(String json) {
    return EvaluationJson.read(json);
  }
}
