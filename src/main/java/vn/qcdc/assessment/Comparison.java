package vn.qcdc.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two evaluations of one commune criterion by criterion, and where the change came from: the dossier (its hash
 * differs), the rule set (its hash differs), both, or neither.
 */
record Comparison(EvaluationSummary from, EvaluationSummary to, Cause cause, boolean dossierChanged,
    boolean ruleSetChanged, BigDecimal totalDelta, List<CriterionChange> criteria) {

  /** Which input differs between the two evaluations. */
  enum Cause { NONE, DOSSIER, RULE_SET, DOSSIER_AND_RULE_SET }

  /** One criterion in both evaluations; points are null where the criterion is absent from one rule set. */
  record CriterionChange(String criterion, BigDecimal fromPoints, String fromState, BigDecimal toPoints,
      String toState, BigDecimal delta, boolean changed) {}

  static Comparison of(StoredEvaluation a, StoredEvaluation b, List<Appraised> appraisalsA,
      List<Appraised> appraisalsB) {
    boolean dossier = !a.dossierHash().equals(b.dossierHash());
    boolean rules = !a.ruleSetHash().equals(b.ruleSetHash());
    Cause cause = dossier && rules ? Cause.DOSSIER_AND_RULE_SET : dossier ? Cause.DOSSIER
        : rules ? Cause.RULE_SET : Cause.NONE;
    Map<String, JsonNode> from = findings(a);
    Map<String, JsonNode> to = findings(b);
    List<String> ids = new ArrayList<>(from.keySet());
    to.keySet().stream().filter(id -> !from.containsKey(id)).forEach(ids::add);
    List<CriterionChange> changes = ids.stream().map(id -> change(id, from.get(id), to.get(id))).toList();
    return new Comparison(EvaluationSummary.of(a, appraisalsA), EvaluationSummary.of(b, appraisalsB), cause, dossier,
        rules, b.total().subtract(a.total()), changes);
  }

  private static CriterionChange change(String id, JsonNode from, JsonNode to) {
    BigDecimal p1 = from == null ? null : from.path("points").decimalValue();
    BigDecimal p2 = to == null ? null : to.path("points").decimalValue();
    String s1 = from == null ? null : from.path("state").asText();
    String s2 = to == null ? null : to.path("state").asText();
    BigDecimal delta = p1 == null || p2 == null ? null : p2.subtract(p1);
    boolean changed = p1 == null || p2 == null || p1.compareTo(p2) != 0 || !s1.equals(s2);
    return new CriterionChange(id, p1, s1, p2, s2, delta, changed);
  }

  private static Map<String, JsonNode> findings(StoredEvaluation e) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    ResultJson.read(e.resultJson()).path("findings").forEach(f -> byId.put(f.path("criterion").asText(), f));
    return byId;
  }
}
