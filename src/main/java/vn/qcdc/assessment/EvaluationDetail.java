package vn.qcdc.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One evaluation in full: the summary with the three totals, every criterion's three scores, the appraisal history,
 * and the engine's complete result (findings with parts, checks, explanations) as {@code result}.
 */
record EvaluationDetail(EvaluationSummary summary, List<CriterionScores> criteria, List<Appraised> appraisals,
    JsonNode result) {

  static EvaluationDetail of(StoredEvaluation e, List<Appraised> appraisals) {
    JsonNode result = ResultJson.read(e.resultJson());
    return new EvaluationDetail(EvaluationSummary.of(e, appraisals), CriterionScores.of(result, appraisals),
        appraisals, result);
  }
}
