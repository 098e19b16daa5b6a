package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.i18n.Message;

/** Reads {@code profile.yaml}: the profile's identity, total, grade bands and adjustments. */
final class ProfileReader {

  record AdjustmentSpec(String id, AdjustmentDefinition.Kind kind, CatalogueReader.TextSpec title,
      BigDecimal pointsPerCase, Map<String, BigDecimal> pointsByKind, BigDecimal maxPoints, Grade gradeCap,
      List<String> requires, LegalBasisSpec legalBasis) {}

  record ProfileSpec(String id, String version, CatalogueReader.TextSpec title, BigDecimal maxTotal,
      List<GradeBand> gradeBands, List<AdjustmentSpec> adjustments) {}

  private ProfileReader() {}

  static Profile read(Path root, Path file, List<Group> groups, List<RuleSetProblem> problems) {
    ProfileSpec spec = YamlFiles.read(root, file, ProfileSpec.class, problems);
    if (spec == null) {
      return null;
    }
    String name = YamlFiles.relative(root, file);
    String text = CatalogueReader.text(file);
    if (spec.id() == null || spec.maxTotal() == null) {
      problems.add(RuleSetProblem.of(name, 1, Message.of("rules.profile.required")));
      return null;
    }
    List<GradeBand> bands = spec.gradeBands() == null ? List.of() : spec.gradeBands();
    checkBands(name, text, bands, problems);
    List<AdjustmentDefinition> adjustments = new ArrayList<>();
    for (AdjustmentSpec a : spec.adjustments() == null ? List.<AdjustmentSpec>of() : spec.adjustments()) {
      Source at = new Source(name, a.id() == null ? 0 : YamlFiles.lineOf(text, "id", a.id()));
      if (a.id() == null || a.kind() == null) {
        problems.add(at.problem(Message.of("rules.adjustment.incomplete")));
        continue;
      }
      adjustments.add(new AdjustmentDefinition(a.id(), a.kind(), CatalogueReader.text(a.title()), a.pointsPerCase(),
          a.pointsByKind(), a.maxPoints(), a.gradeCap(), a.requires(), legalBases(a, at, problems), at));
    }
    return new Profile(spec.id(), spec.version(), CatalogueReader.text(spec.title()), spec.maxTotal(), groups, bands,
        adjustments);
  }

  /** An adjustment's legal bases: optional, but if given, dated and ordered like a criterion's. */
  private static LegalBases legalBases(AdjustmentSpec a, Source at, List<RuleSetProblem> problems) {
    if (a.legalBasis() == null || a.legalBasis().entries().isEmpty()) {
      return new LegalBases(List.of());
    }
    LegalBases bases = a.legalBasis().bases(at.file(), at.line(), a.id(), problems);
    return bases == null ? new LegalBases(List.of()) : bases;
  }

  private static void checkBands(String name, String text, List<GradeBand> bands, List<RuleSetProblem> problems) {
    int line = YamlFiles.lineOf(text, "gradeBands", "");
    if (bands.isEmpty()) {
      problems.add(RuleSetProblem.of(name, line, Message.of("rules.bands.none")));
      return;
    }
    for (int i = 0; i < bands.size(); i++) {
      GradeBand b = bands.get(i);
      if (b.grade() == null || b.atLeast() == null) {
        problems.add(RuleSetProblem.of(name, line, Message.of("rules.band.incomplete")));
      } else if (i > 0 && bands.get(i - 1).atLeast() != null && b.atLeast().compareTo(bands.get(i - 1).atLeast()) >= 0) {
        problems.add(RuleSetProblem.of(name, line, Message.of("rules.bands.order")));
      }
    }
    GradeBand last = bands.get(bands.size() - 1);
    if (last.atLeast() != null && last.atLeast().signum() != 0) {
      problems.add(RuleSetProblem.of(name, line, Message.of("rules.bands.last")));
    }
  }
}
