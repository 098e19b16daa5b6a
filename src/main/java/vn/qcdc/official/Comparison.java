package vn.qcdc.official;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.qcdc.evaluation.Finding;

/**
 * Two evaluations of one commune (or of a predecessor and its successor) criterion by criterion, and where the change
 * came from: the dossier (its hash differs), the rule set (its hash differs), both, or neither.
 */
public record Comparison(EvaluationSummary from, EvaluationSummary to, Cause cause, boolean dossierChanged,
    boolean ruleSetChanged, BigDecimal totalDelta, List<CriterionChange> criteria, BigDecimal appraisedTotalDelta) {

  /** Which input differs between the two evaluations. */
  public enum Cause { NONE, DOSSIER, RULE_SET, DOSSIER_AND_RULE_SET }

  /**
   * One criterion in both evaluations (engine points and state, then the points after appraisal); points are null
   * where the criterion is absent from one rule set.
   */
  public record CriterionChange(String criterion, BigDecimal fromPoints, String fromState, BigDecimal toPoints,
      String toState, BigDecimal delta, boolean changed, String title, BigDecimal fromAppraised,
      BigDecimal toAppraised) {}

  static Comparison of(ResultView a, ResultView b, String language) {
    boolean dossier = !a.evaluation().dossierHash().equals(b.evaluation().dossierHash());
    boolean rules = !a.evaluation().ruleSetHash().equals(b.evaluation().ruleSetHash());
    Cause cause = dossier && rules ? Cause.DOSSIER_AND_RULE_SET : dossier ? Cause.DOSSIER
        : rules ? Cause.RULE_SET : Cause.NONE;
    Map<String, Finding> from = byCriterion(a);
    Map<String, Finding> to = byCriterion(b);
    List<String> ids = new ArrayList<>(from.keySet());
    to.keySet().stream().filter(id -> !from.containsKey(id)).forEach(ids::add);
    List<CriterionChange> changes = ids.stream()
        .map(id -> change(id, from.get(id), to.get(id), a, b, language)).toList();
    return new Comparison(EvaluationSummary.of(a), EvaluationSummary.of(b), cause, dossier, rules,
        b.evaluation().total().subtract(a.evaluation().total()), changes,
        b.result().total().subtract(a.result().total()));
  }

  private static CriterionChange change(String id, Finding f, Finding t, ResultView a, ResultView b,
      String language) {
    BigDecimal p1 = f == null ? null : f.points();
    BigDecimal p2 = t == null ? null : t.points();
    String s1 = f == null ? null : f.state().name();
    String s2 = t == null ? null : t.state().name();
    BigDecimal delta = p1 == null || p2 == null ? null : p2.subtract(p1);
    boolean changed = p1 == null || p2 == null || p1.compareTo(p2) != 0 || !Objects.equals(s1, s2);
    Finding named = t != null ? t : f;
    String title = "en".equals(language) ? named.title().en() : named.title().vi();
    return new CriterionChange(id, p1, s1, p2, s2, delta, changed, title,
        f == null ? null : a.result().points(f), t == null ? null : b.result().points(t));
  }

  private static Map<String, Finding> byCriterion(ResultView v) {
    Map<String, Finding> byId = new LinkedHashMap<>();
    v.result().engine().findings().forEach(f -> byId.put(f.criterion(), f));
    return byId;
  }
}
