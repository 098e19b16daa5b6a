package vn.qcdc.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.rulebase.GradeBand;

/** The chairman's dashboard of one evaluation: total against the bands, groups, trend and points to recover. */
record Dashboard(StoredEvaluation evaluation, List<GradeBand> bands, List<Bar> groups, List<Point> trend,
    List<Recoverable> recoverable, BigDecimal recoverableTotal) {

  /** A group's points against its maximum. */
  record Bar(String id, String title, BigDecimal points, BigDecimal maxPoints) {}

  /** A year's total (the latest evaluation of that year). */
  record Point(int year, BigDecimal total, String grade, long evaluationId) {}

  /** A failed or partial criterion: the points it would recover, what to do and its legal basis. */
  record Recoverable(String criterion, String title, String state, BigDecimal points, BigDecimal maxPoints,
      BigDecimal gain, List<String> toDo, String explanation, String legalBasis) {}

  static Dashboard of(StoredEvaluation e, JsonNode result, List<GradeBand> bands,
      Map<Integer, StoredEvaluation> perYear, boolean english) {
    String lang = english ? "en" : "vi";
    List<Bar> groups = new ArrayList<>();
    result.path("groups").forEach(g -> groups.add(new Bar(g.path("id").asText(), g.path("title").path(lang).asText(),
        g.path("points").decimalValue(), g.path("maxPoints").decimalValue())));
    List<Point> trend = perYear.values().stream()
        .map(y -> new Point(y.year(), y.total(), y.grade(), y.id())).toList();
    List<Recoverable> recoverable = new ArrayList<>();
    for (JsonNode f : result.path("findings")) {
      BigDecimal gain = f.path("maxPoints").decimalValue().subtract(f.path("points").decimalValue());
      String state = f.path("state").asText();
      if (gain.signum() > 0 && !state.equals("PASS") && !state.equals("NOT_APPLICABLE")) {
        recoverable.add(new Recoverable(f.path("criterion").asText(), f.path("title").path(lang).asText(), state,
            f.path("points").decimalValue(), f.path("maxPoints").decimalValue(), gain, failedChecks(f, lang),
            f.path("explanation").path(lang).asText(""), f.path("legalBasis").asText("")));
      }
    }
    recoverable.sort(Comparator.comparing(Recoverable::gain).reversed().thenComparing(Recoverable::criterion));
    BigDecimal sum = recoverable.stream().map(Recoverable::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Dashboard(e, bands, groups, trend, recoverable, sum);
  }

  /**
   * The sentences of the checks counted in the year that were not met: each says which record missed which deadline.
   * Checks that belong to another year (a deadline in the next one) are not the year's shortfalls.
   */
  static List<String> failedChecks(JsonNode finding, String lang) {
    List<String> todo = new ArrayList<>();
    for (JsonNode part : finding.path("parts")) {
      for (JsonNode check : part.path("checks")) {
        if (check.path("counted").asBoolean(true) && !check.path("compliant").asBoolean(true)) {
          todo.add(check.path("text").path(lang).asText());
        }
      }
    }
    return todo;
  }
}
