package vn.qcdc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/** The example dossiers of examples/ evaluated with the rules folder, once per test run. */
public final class Examples {

  private static RuleSet rules;

  private Examples() {}

  /** The engine's result for {@code examples/NAME.json}. */
  public static Evaluation evaluated(String name) {
    try {
      return evaluate(Files.readAllBytes(Path.of("examples", name + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The engine's result for a dossier's bytes. */
  public static synchronized Evaluation evaluate(byte[] dossier) {
    try {
      if (rules == null) {
        rules = new RuleSetLoader().load(Path.of("rules"));
      }
      return new Evaluator().evaluate(rules, new DossierReader().read(dossier));
    } catch (InvalidRuleSetException | InvalidDossierException e) {
      throw new IllegalStateException(e);
    }
  }
}
