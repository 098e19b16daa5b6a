package vn.qcdc.bench;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  static {
    quietLogging();
  }

  private Fixtures() {}

  /**
   * Drools logs a warning per DRL file and per constraint on every compile; at the default DEBUG level of an
   * unconfigured Logback that output would be part of what is measured. Only errors are logged here.
   */
  static void quietLogging() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.ERROR);
    }
  }

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
