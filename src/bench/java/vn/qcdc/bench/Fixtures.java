package vn.qcdc.bench;

import java.nio.file.Path;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/**
 * Where the benchmarks find their inputs: the rules folder (system property {@code bench.rules}, default
 * {@code rules}) and the example dossier ({@code bench.example}, default {@code examples/chi-minh-2025.json}).
 */
final class Fixtures {

  private Fixtures() {}

  static Path rulesFolder() {
    return Path.of(System.getProperty("bench.rules", "rules"));
  }

  static Path exampleDossier() {
    return Path.of(System.getProperty("bench.example", "examples/chi-minh-2025.json"));
  }

  static RuleSet loadRules() {
    try {
      return new RuleSetLoader().load(rulesFolder());
    } catch (InvalidRuleSetException e) {
      throw new IllegalStateException("The rule set in " + rulesFolder() + " is invalid:\n" + e.getMessage(), e);
    }
  }

  static byte[] dossier(int records) {
    return new SyntheticDossiers(exampleDossier()).json(records);
  }

  static ParsedDossier read(byte[] json) {
    try {
      return new DossierReader().read(json);
    } catch (InvalidDossierException e) {
      throw new IllegalStateException("The synthetic dossier is invalid:\n" + e.getMessage(), e);
    }
  }
}
