package vn.qcdc.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.qcdc.ruleapi.AdjustmentCase;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.Missing;
import vn.qcdc.ruleapi.NotApplicable;
import vn.qcdc.ruleapi.Veto;

/** The facts one rule run derived, sorted so that results never depend on firing order. */
final class Derived {

  /** A check with its sort key computed once (sorting 100,000 checks must not rebuild keys at each comparison). */
  private record Keyed(Check check, String records) {}

  private static final Comparator<Keyed> ORDER = Comparator.<Keyed, LocalDate>comparing(k -> k.check().anchor(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Keyed::records)
      .thenComparing(k -> k.check().duty().vi());

  private final List<Check> checks = new ArrayList<>();
  private final Map<String, List<Check>> checksByPart;
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
    List<Check> sorted = checks.stream().map(c -> new Keyed(c, String.join(",", c.records()))).sorted(ORDER)
        .map(Keyed::check).toList();
    checks.clear();
    checks.addAll(sorted);
    checksByPart = checks.stream().collect(Collectors.groupingBy(c -> c.criterion() + "\u0000" + c.part()));
    cases.sort(Comparator.comparing(AdjustmentCase::adjustment).thenComparing(AdjustmentCase::key));
  }

  static boolean isDerived(Object o) {
    return o instanceof Check || o instanceof Missing || o instanceof NotApplicable || o instanceof Veto
        || o instanceof AdjustmentCase;
  }

  List<Check> checks(String criterion, String part) {
    return checksByPart.getOrDefault(criterion + "\u0000" + part, List.of());
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
