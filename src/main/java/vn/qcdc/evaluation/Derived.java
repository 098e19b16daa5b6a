package vn.qcdc.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.qcdc.ruleapi.AdjustmentCase;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.Missing;
import vn.qcdc.ruleapi.NotApplicable;
import vn.qcdc.ruleapi.Veto;

/** The facts one rule run derived, sorted so that results never depend on firing order. */
final class Derived {

  static final Comparator<Check> ORDER = Comparator.comparing(Check::anchor, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(c -> String.join(",", c.records()))
      .thenComparing(c -> c.duty().vi());

  private final List<Check> checks = new ArrayList<>();
  private final List<Missing> missing = new ArrayList<>();
  private final List<NotApplicable> notApplicable = new ArrayList<>();
  private final List<Veto> vetoes = new ArrayList<>();
  private final List<AdjustmentCase> cases = new ArrayList<>();

  Derived(List<Object> objects) {
    for (Object o : objects) {
      if (o instanceof Check c) {
        checks.add(c);
      } else if (o instanceof Missing m) {
        missing.add(m);
      } else if (o instanceof NotApplicable n) {
        notApplicable.add(n);
      } else if (o instanceof Veto v) {
        vetoes.add(v);
      } else if (o instanceof AdjustmentCase a) {
        cases.add(a);
      }
    }
    checks.sort(ORDER);
    cases.sort(Comparator.comparing(AdjustmentCase::adjustment).thenComparing(AdjustmentCase::key));
  }

  static boolean isDerived(Object o) {
    return o instanceof Check || o instanceof Missing || o instanceof NotApplicable || o instanceof Veto
        || o instanceof AdjustmentCase;
  }

  List<Check> checks(String criterion, String part) {
    return checks.stream().filter(c -> c.criterion().equals(criterion) && c.part().equals(part)).toList();
  }

  Optional<Missing> missing(String criterion, String part) {
    return missing.stream().filter(m -> m.criterion().equals(criterion) && (m.part().isEmpty() || m.part().equals(part)))
        .findFirst();
  }

  Optional<NotApplicable> notApplicable(String criterion, String part) {
    return notApplicable.stream()
        .filter(n -> n.criterion().equals(criterion) && (n.part().isEmpty() || n.part().equals(part))).findFirst();
  }

  List<Veto> vetoes(String criterion) {
    return vetoes.stream().filter(v -> v.criterion().equals(criterion)).toList();
  }

  List<AdjustmentCase> cases(String adjustment) {
    return cases.stream().filter(a -> a.adjustment().equals(adjustment)).toList();
  }
}
