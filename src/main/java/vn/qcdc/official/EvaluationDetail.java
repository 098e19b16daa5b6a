package vn.qcdc.official;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.review.Appraised;

/**
 * One evaluation in full: the summary with the three totals, the state and whether it is official; every criterion's
 * three scores; the appraisal history; how the appraised total is reached ({@code appraisedResult}); and the engine's
 * complete result (findings with parts, checks, explanations) as {@code result}, in the form of docs/cli.md.
 */
record EvaluationDetail(EvaluationSummary summary, List<CriterionScores> criteria, List<Appraised> appraisals,
    Arithmetic appraisedResult, JsonNode result) {

  static EvaluationDetail of(ResultView v) {
    return new EvaluationDetail(EvaluationSummary.of(v), CriterionScores.of(v.result()), v.result().appraisals(),
        Arithmetic.of(v.result()), EvaluationJson.toJson(v.result().engine()));
  }
}
