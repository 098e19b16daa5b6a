package vn.qcdc.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.qcdc.ruleapi.AdjustmentCase;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.Missing;
import vn.qcdc.ruleapi.NotApplicable;
import vn.qcdc.ruleapi.Veto;

/**
 * The facts one rule run derived, ordered so that results never depend on firing order: the checks of each criterion
 * part by anchor date (then records, then duty). The checks are grouped by part first and put in date order through
 * buckets (dates are few: at most the days of the dates a dossier may hold), so the cost grows with the checks, not
 * with checks × log(checks); only checks that share a date are compared by their records.
 */
final class Derived {

  /** A check with its key within a date computed once: the records' ids joined, then the duty. */
  private record Keyed(Check check, String records) {}

  private static final Comparator<LocalDate> DATES = Comparator.nullsLast(Comparator.naturalOrder());
  private static final Comparator<String> TEXTS = Comparator.nullsLast(Comparator.naturalOrder());

  /**
   * Within one date: by records, then duty, then everything else a check holds, so that two checks the rules derived
   * in either order come out in one order (the session hands its facts back in no fixed order).
   */
  private static final Comparator<Keyed> SAME_DATE = Comparator.comparing(Keyed::records)
      .thenComparing(k -> k.check().duty().vi())
      .thenComparing(k -> k.check().kind())
      .thenComparing(k -> k.check().trigger(), DATES)
      .thenComparing(k -> k.check().due(), DATES)
      .thenComparing(k -> k.check().action(), DATES)
      .thenComparingLong(k -> k.check().compliantCount())
      .thenComparingLong(k -> k.check().applicableCount())
      .thenComparing(k -> k.check().item(), TEXTS)
      .thenComparing(k -> k.check().detail() == null ? null : k.check().detail().vi(), TEXTS)
      .thenComparing(k -> k.check().counted());

  /** A criterion part, as the key of its checks. */
  private record PartKey(String criterion, String part) {}

  private final Map<PartKey, List<Check>> checksByPart = new HashMap<>();
  private final List<Missing> missing = new ArrayList<>();
  private final List<NotApplicable> notApplicable = new ArrayList<>();
  private final List<Veto> vetoes = new ArrayList<>();
  private final List<AdjustmentCase> cases = new ArrayList<>();

  Derived(List<Object> objects) {
    for (Object o : objects) {
      if (o instanceof Check c) {
        checksByPart.computeIfAbsent(new PartKey(c.criterion(), c.part()), k -> new ArrayList<>()).add(c);
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
    checksByPart.replaceAll((part, checks) -> inOrder(checks));
    missing.sort(Comparator.comparing(Missing::criterion).thenComparing(Missing::part)
        .thenComparing(Missing::section, TEXTS));
    notApplicable.sort(Comparator.comparing(NotApplicable::criterion).thenComparing(NotApplicable::part)
        .thenComparing(n -> n.reason().vi(), TEXTS));
    vetoes.sort(Comparator.comparing(Veto::criterion).thenComparing(Veto::part)
        .thenComparing(v -> String.join(",", v.records())).thenComparing(v -> v.reason().vi(), TEXTS));
    cases.sort(Comparator.comparing(AdjustmentCase::adjustment).thenComparing(AdjustmentCase::key)
        .thenComparing(a -> a.kind(), TEXTS).thenComparing(a -> String.join(",", a.records()))
        .thenComparing(a -> a.reason().vi(), TEXTS));
  }

  /** The checks by anchor date (none last), each date's checks by records then duty; ties keep their order. */
  static List<Check> inOrder(List<Check> checks) {
    TreeMap<LocalDate, List<Check>> byDate = new TreeMap<>();
    List<Check> undated = new ArrayList<>();
    for (Check c : checks) {
      LocalDate anchor = c.anchor();
      (anchor == null ? undated : byDate.computeIfAbsent(anchor, d -> new ArrayList<>(2))).add(c);
    }
    List<Check> ordered = new ArrayList<>(checks.size());
    for (List<Check> sameDate : byDate.values()) {
      addSorted(sameDate, ordered);
    }
    addSorted(undated, ordered);
    return ordered;
  }

  private static void addSorted(List<Check> sameDate, List<Check> ordered) {
    if (sameDate.size() < 2) {
      ordered.addAll(sameDate);
      return;
    }
    sameDate.stream().map(c -> new Keyed(c, joined(c.records()))).sorted(SAME_DATE)
        .forEach(k -> ordered.add(k.check()));
  }

  private static String joined(List<String> records) {
    return records.size() == 1 ? records.get(0) : String.join(",", records);
  }

  static boolean isDerived(Object o) {
    return o instanceof Check || o instanceof Missing || o instanceof NotApplicable || o instanceof Veto
        || o instanceof AdjustmentCase;
  }

  List<Check> checks(String criterion, String part) {
    return checksByPart.getOrDefault(new PartKey(criterion, part), List.of());
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
