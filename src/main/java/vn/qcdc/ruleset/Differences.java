package vn.qcdc.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Finding;

/** What differs between two evaluations of one dossier, criterion by criterion, for the impact preview. */
final class Differences {

  private Differences() {}

  /** The criteria whose state or points differ. */
  static List<ImpactPreview.CriterionChange> points(Evaluation before, Evaluation after) {
    Map<String, Finding> old = byCriterion(before);
    Map<String, Finding> now = byCriterion(after);
    List<ImpactPreview.CriterionChange> changes = new ArrayList<>();
    for (String c : ids(old, now)) {
      Finding a = old.get(c);
      Finding b = now.get(c);
      String sa = a == null ? null : a.state().name();
      String sb = b == null ? null : b.state().name();
      BigDecimal pa = a == null ? null : a.points();
      BigDecimal pb = b == null ? null : b.points();
      if (!Objects.equals(sa, sb) || !same(pa, pb)) {
        changes.add(new ImpactPreview.CriterionChange(c, sa, pa, sb, pb));
      }
    }
    return changes;
  }

  /** The criteria whose legal basis or warnings differ, whatever their points. */
  static List<String> citations(Evaluation before, Evaluation after) {
    Map<String, Finding> old = byCriterion(before);
    Map<String, Finding> now = byCriterion(after);
    List<String> changed = new ArrayList<>();
    for (String c : ids(old, now)) {
      Finding a = old.get(c);
      Finding b = now.get(c);
      if (a == null || b == null || !Objects.equals(a.legalBasis(), b.legalBasis())
          || !a.warnings().equals(b.warnings())) {
        changed.add(c);
      }
    }
    return changed;
  }

  static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static Map<String, Finding> byCriterion(Evaluation e) {
    return e.findings().stream()
        .collect(Collectors.toMap(Finding::criterion, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  private static Set<String> ids(Map<String, Finding> a, Map<String, Finding> b) {
    Set<String> ids = new TreeSet<>(a.keySet());
    ids.addAll(b.keySet());
    return ids;
  }
}
