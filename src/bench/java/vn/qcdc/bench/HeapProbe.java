package vn.qcdc.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;

/**
 * Used heap after full garbage collections ({@link MemoryMXBean}, after {@code System.gc()}), per dossier size: with
 * only the rule set loaded, then holding the read dossier, then holding the dossier and its evaluation. Run in one
 * JVM, sizes in ascending order; the figures are approximate (a few hundred KB of noise).
 */
final class HeapProbe {

  /** One size: the JSON, the retained heap of the read dossier and of the evaluation, in bytes. */
  record Row(int records, int ids, int jsonBytes, long baseline, long afterRead, long afterEvaluation) {}

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapProbe() {}

  static List<Row> measure(int... sizes) {
    RuleSet rules = Fixtures.loadRules();
    Evaluator evaluator = new Evaluator();
    evaluator.evaluate(rules, Fixtures.read(Fixtures.dossier(1000)));
    List<Row> rows = new ArrayList<>();
    for (int records : sizes) {
      byte[] json = Fixtures.dossier(records);
      int ids = SyntheticDossiers.countIds(json);
      long baseline = usedAfterGc();
      ParsedDossier parsed = Fixtures.read(json);
      long afterRead = usedAfterGc();
      Evaluation evaluation = evaluator.evaluate(rules, parsed);
      long afterEvaluation = usedAfterGc();
      rows.add(new Row(records, ids, json.length, baseline, afterRead, afterEvaluation));
      Reference.reachabilityFence(parsed);
      Reference.reachabilityFence(evaluation);
    }
    return rows;
  }

  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
