package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.dossier.SectionNames;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.ruleapi.AdjustmentCase;
import vn.qcdc.rulebase.AdjustmentDefinition;
import vn.qcdc.rulebase.LegalBases;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.Parameters;
import vn.qcdc.rulebase.Profile;
import vn.qcdc.rulebase.Text;

/** Applies deductions, bonus, caps and ineligibility, then grades the total with {@link Grading} (profile §14–§15). */
final class Adjuster {

  record Outcome(List<AdjustmentResult> adjustments, BigDecimal total, Grade bandGrade, Grade grade) {}

  private Adjuster() {}

  /** Applies the profile's adjustments for the year {@code year}, whose legal bases in force they cite. */
  static Outcome apply(Profile profile, Parameters parameters, Derived derived, Set<String> absentSections,
      BigDecimal groupSum, int year) {
    List<AdjustmentResult> results = new ArrayList<>();
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    for (AdjustmentDefinition def : profile.adjustments()) {
      LegalBases legal = def.legalBases().filled(parameters, start, end);
      results.add(result(def, derived.cases(def.id()), absentSections, legal.during(start, end),
          legal.citeVi(start, end)));
    }
    Grading.Graded graded = Grading.grade(groupSum, results, profile.gradeBands(), profile.maxTotal());
    return new Outcome(results, graded.total(), graded.bandGrade(), graded.grade());
  }

  private static AdjustmentResult result(AdjustmentDefinition def, List<AdjustmentCase> cases, Set<String> absent,
      List<LegalBasis> bases, String cited) {
    List<String> missing = def.requires().stream().filter(absent::contains).toList();
    if (!missing.isEmpty()) {
      return new AdjustmentResult(def.id(), def.kind(), def.title(), false, BigDecimal.ZERO.setScale(2), null, List.of(),
          Text.of("Không đánh giá được: hồ sơ không báo cáo mục "
              + String.join(", ", missing.stream().map(SectionNames::vi).toList()) + ".",
              "Could not be evaluated: the dossier does not report " + String.join(", ", missing) + "."),
          cited, bases);
    }
    if (cases.isEmpty()) {
      return new AdjustmentResult(def.id(), def.kind(), def.title(), false, BigDecimal.ZERO.setScale(2), null, List.of(),
          Text.of("Không phát sinh.", "Did not occur."), cited, bases);
    }
    Map<String, AdjustmentCase> distinct = new LinkedHashMap<>();
    cases.forEach(c -> distinct.putIfAbsent(c.key(), c));
    BigDecimal points = distinct.values().stream().map(c -> pointsOf(def, c)).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (def.maxPoints() != null) {
      points = points.min(def.maxPoints());
    }
    if (def.kind() == AdjustmentDefinition.Kind.DEDUCTION) {
      points = points.negate();
    }
    List<String> records = cases.stream().flatMap(c -> c.records().stream()).distinct().toList();
    Text reason = Text.of(
        distinct.values().stream().map(c -> c.reason().vi()).collect(Collectors.joining("; ")),
        distinct.values().stream().map(c -> c.reason().en()).collect(Collectors.joining("; ")));
    return new AdjustmentResult(def.id(), def.kind(), def.title(), true, points.setScale(2), def.gradeCap(), records,
        reason, cited, bases);
  }

  private static BigDecimal pointsOf(AdjustmentDefinition def, AdjustmentCase c) {
    if (c.kind() != null && def.pointsByKind().containsKey(c.kind())) {
      return def.pointsByKind().get(c.kind());
    }
    return def.pointsPerCase() == null ? BigDecimal.ZERO : def.pointsPerCase();
  }
}
