package vn.qcdc.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The feature modules of the service: one per top-level package under {@code vn.qcdc}, except that the rule-file
 * vocabulary ({@code ruleapi}) belongs to the rule base ({@code rulebase}), whose sandbox admits exactly that
 * vocabulary; and the Flyway migrations and the entry point are no module.
 */
final class Modules {

  static final SliceAssignment BY_FEATURE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String name = c.getPackageName();
      if (!name.startsWith("vn.qcdc.")) {
        return SliceIdentifier.ignore();
      }
      String feature = name.substring("vn.qcdc.".length()).split("\\.")[0];
      return SliceIdentifier.of(feature.equals("ruleapi") ? "rulebase" : feature);
    }

    @Override
    public String getDescription() {
      return "feature packages of vn.qcdc (ruleapi with rulebase)";
    }
  };

  private Modules() {}
}
