package vn.qcdc.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A criterion's three scores side by side: the commune's own, the engine's and the auditor's latest appraisal. */
record CriterionScores(String criterion, String group, String title, String state, BigDecimal maxPoints,
    BigDecimal selfPoints, BigDecimal enginePoints, BigDecimal appraisedPoints, String appraisalReason,
    String appraisedBy, Instant appraisedAt) {

  static List<CriterionScores> of(JsonNode result, List<Appraised> appraisals) {
    Map<String, BigDecimal> self = new HashMap<>();
    result.path("selfAssessment").forEach(s -> self.put(s.path("criterion").asText(), s.path("self").decimalValue()));
    Map<String, Appraised> latest = new HashMap<>();
    appraisals.forEach(a -> latest.put(a.criterion(), a));
    List<CriterionScores> rows = new ArrayList<>();
    for (JsonNode f : result.path("findings")) {
      String id = f.path("criterion").asText();
      Appraised a = latest.get(id);
      rows.add(new CriterionScores(id, f.path("group").asText(), f.path("title").path("vi").asText(),
          f.path("state").asText(), f.path("maxPoints").decimalValue(), self.get(id), f.path("points").decimalValue(),
          a == null ? null : a.points(), a == null ? null : a.reason(), a == null ? null : a.appraisedBy(),
          a == null ? null : a.appraisedAt()));
    }
    return rows;
  }
}
