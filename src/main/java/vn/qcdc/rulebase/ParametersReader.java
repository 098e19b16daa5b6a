package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.qcdc.i18n.Message;

/** Reads {@code parameters.yaml}: the dated legal constants (time limits, thresholds, dates). */
final class ParametersReader {

  record ValueSpec(LocalDate from, String value, DatedConstant.Unit unit, String basis) {}

  record ConstantSpec(String id, CatalogueReader.TextSpec title, String basis, DatedConstant.Unit unit,
      List<ValueSpec> values, LocalDate warnFrom, String warning) {}

  record FileSpec(List<ConstantSpec> constants) {}

  private ParametersReader() {}

  static Parameters read(Path root, Path file, List<RuleSetProblem> problems) {
    FileSpec spec = YamlFiles.read(root, file, FileSpec.class, problems);
    if (spec == null || spec.constants() == null) {
      return new Parameters(List.of());
    }
    String name = YamlFiles.relative(root, file);
    String text = CatalogueReader.text(file);
    List<DatedConstant> constants = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ConstantSpec c : spec.constants()) {
      Source at = new Source(name, c.id() == null ? 0 : YamlFiles.lineOf(text, "id", c.id()));
      if (c.id() == null || c.values() == null || c.values().isEmpty()) {
        problems.add(at.problem(Message.of("rules.constant.incomplete", c.id())));
        continue;
      }
      if (!seen.add(c.id())) {
        problems.add(at.problem(Message.of("rules.constant.twice", c.id())));
        continue;
      }
      List<DatedConstant.Value> values = new ArrayList<>();
      Set<LocalDate> froms = new HashSet<>();
      for (ValueSpec v : c.values()) {
        DatedConstant.Unit unit = v.unit() != null ? v.unit() : c.unit();
        if (v.from() == null || unit == null || !valid(v.value(), unit)) {
          problems.add(at.problem(Message.of("rules.constant.value", c.id(), v.value(), v.from(),
              unit == null ? null : unit.name())));
        } else if (!froms.add(v.from())) {
          problems.add(at.problem(Message.of("rules.constant.sameFrom", c.id(), v.from())));
        } else {
          values.add(new DatedConstant.Value(v.from(), v.value(), unit, v.basis()));
        }
      }
      if (!values.isEmpty()) {
        constants.add(new DatedConstant(c.id(), CatalogueReader.text(c.title()), c.basis(), values, c.warnFrom(),
            c.warning(), at));
      }
    }
    return new Parameters(constants);
  }

  private static boolean valid(String value, DatedConstant.Unit unit) {
    return unit.accepts(value);
  }
}
