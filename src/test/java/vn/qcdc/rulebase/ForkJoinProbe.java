package vn.qcdc.rulebase;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.evaluation.Evaluator;

/**
 * Run in a fresh JVM by {@link RuleRunTest}: the very first rule session of the JVM is asked for from a common
 * fork-join thread whose context class loader sees no application class (as in the packaged service), and must work.
 */
public final class ForkJoinProbe {

  private ForkJoinProbe() {}

  public static void main(String[] args) throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
    var dossier = new DossierReader().read(Path.of("examples/chi-minh-2025.json"));
    ClassLoader bare = new URLClassLoader(new URL[0], null);
    var total = ForkJoinPool.commonPool().submit(() -> {
      Thread.currentThread().setContextClassLoader(bare);
      return new Evaluator().evaluate(rules, dossier).total();
    }).get();
    System.out.println("total=" + total);
  }
}
