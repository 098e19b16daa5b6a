package vn.qcdc.rulebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qcdc.i18n.Message;

/** Reads the {@code criteria.yaml} file of each group folder into groups and criteria, checking each row. */
final class CatalogueReader {

  private static final Pattern CRITERION_ID = Pattern.compile("TC\\d+\\.\\d+");

  record TextSpec(String vi, String en) {}

  record ScoringSpec(Scoring.Method method, List<Scoring.Band> bands, Map<String, BigDecimal> items) {}

  record PartSpec(String id, TextSpec title, BigDecimal maxPoints, List<String> requires, ScoringSpec scoring) {}

  record CriterionSpec(String id, TextSpec title, BigDecimal maxPoints, LegalBasisSpec legalBasis, List<String> requires,
      ScoringSpec scoring, List<PartSpec> parts) {}

  record GroupSpec(String id, TextSpec title, BigDecimal maxPoints) {}

  record FileSpec(GroupSpec group, List<CriterionSpec> criteria) {}

  final List<Group> groups = new ArrayList<>();
  final List<Criterion> criteria = new ArrayList<>();
  private final Set<String> sections;
  private final List<RuleSetProblem> problems;

  CatalogueReader(Set<String> sections, List<RuleSetProblem> problems) {
    this.sections = sections;
    this.problems = problems;
  }

  void read(Path root, Path file) {
    FileSpec spec = YamlFiles.read(root, file, FileSpec.class, problems);
    if (spec == null) {
      return;
    }
    String name = YamlFiles.relative(root, file);
    String text = text(file);
    if (spec.group() == null || spec.group().id() == null || spec.group().maxPoints() == null) {
      problems.add(RuleSetProblem.of(name, 1, Message.of("rules.catalogue.noGroup")));
      return;
    }
    GroupSpec g = spec.group();
    groups.add(new Group(g.id(), text(g.title()), g.maxPoints(), new Source(name, YamlFiles.lineOf(text, "id", g.id()))));
    for (CriterionSpec c : spec.criteria() == null ? List.<CriterionSpec>of() : spec.criteria()) {
      Source at = new Source(name, c.id() == null ? 0 : YamlFiles.lineOf(text, "id", c.id()));
      Criterion criterion = criterion(g.id(), c, at);
      if (criterion != null) {
        criteria.add(criterion);
      }
    }
  }

  private Criterion criterion(String group, CriterionSpec c, Source at) {
    if (c.id() == null || !CRITERION_ID.matcher(c.id()).matches()) {
      problems.add(at.problem(Message.of("rules.criterion.id", c.id())));
      return null;
    }
    if (c.maxPoints() == null || c.maxPoints().signum() < 0 || c.title() == null) {
      problems.add(at.problem(Message.of("rules.criterion.incomplete", c.id())));
      return null;
    }
    LegalBases bases = legalBases(c.legalBasis(), at, c.id(), problems);
    List<String> requires = c.requires() == null ? List.of() : c.requires();
    List<Part> parts = new ArrayList<>();
    if (c.parts() == null || c.parts().isEmpty()) {
      parts.add(new Part("", text(c.title()), c.maxPoints(), scoring(c.id(), c.scoring(), c.maxPoints(), at), requires));
    } else {
      for (PartSpec p : c.parts()) {
        if (p.id() == null || p.maxPoints() == null) {
          problems.add(at.problem(Message.of("rules.part.incomplete", c.id())));
          continue;
        }
        List<String> partRequires = p.requires() == null ? requires : p.requires();
        parts.add(new Part(p.id(), p.title() == null ? null : text(p.title()), p.maxPoints(),
            scoring(c.id() + "(" + p.id() + ")", p.scoring(), p.maxPoints(), at), partRequires));
      }
      BigDecimal sum = parts.stream().map(Part::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(c.maxPoints()) != 0) {
        problems.add(at.problem(Message.of("rules.parts.sum", c.id(), sum.stripTrailingZeros(),
            c.maxPoints().stripTrailingZeros())));
      }
      if (parts.stream().map(Part::id).distinct().count() != parts.size()) {
        problems.add(at.problem(Message.of("rules.parts.sameId", c.id())));
      }
    }
    parts.forEach(p -> p.requires().stream().filter(s -> !sections.contains(s)).forEach(s ->
        problems.add(at.problem(Message.of("rules.requires.unknown", c.id(), s)))));
    return new Criterion(c.id(), group, text(c.title()), c.maxPoints(), bases, parts, at);
  }

  private Scoring scoring(String what, ScoringSpec s, BigDecimal max, Source at) {
    if (s == null || s.method() == null) {
      return Scoring.proportional();
    }
    Scoring scoring = new Scoring(s.method(), s.bands(), s.items());
    switch (s.method()) {
      case BANDS -> {
        if (scoring.bands().isEmpty()) {
          problems.add(at.problem(Message.of("rules.bands.missing", what)));
        }
        BigDecimal previous = null;
        for (Scoring.Band b : scoring.bands()) {
          if (b.atLeastPercent() == null || b.points() == null || b.points().compareTo(max) > 0) {
            problems.add(at.problem(Message.of("rules.band.points", what, max)));
          } else if (previous != null && b.atLeastPercent().compareTo(previous) >= 0) {
            problems.add(at.problem(Message.of("rules.scoringBands.order", what)));
          }
          previous = b.atLeastPercent();
        }
      }
      case SUM_ITEMS, BEST_ITEM -> {
        if (scoring.items().isEmpty()) {
          problems.add(at.problem(Message.of("rules.items.missing", what, s.method().name())));
        }
        scoring.items().forEach((item, points) -> {
          if (points == null || points.compareTo(max) > 0) {
            problems.add(at.problem(Message.of("rules.item.points", what, item, max)));
          }
        });
      }
      default -> { }
    }
    return scoring;
  }

  /** The checked legal bases of a row; a missing one is a problem (a text, or a list of dated texts, is required). */
  static LegalBases legalBases(LegalBasisSpec spec, Source at, String owner, List<RuleSetProblem> problems) {
    if (spec == null || spec.entries().isEmpty()) {
      problems.add(at.problem(Message.of("rules.legalBasis.missing", owner)));
      return new LegalBases(List.of());
    }
    LegalBases bases = spec.bases(at.file(), at.line(), owner, problems);
    return bases == null ? new LegalBases(List.of()) : bases;
  }

  static Text text(TextSpec t) {
    return t == null ? Text.of("", "") : Text.of(t.vi(), t.en());
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
