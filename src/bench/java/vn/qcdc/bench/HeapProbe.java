package vn.qcdc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;

/**
 * Per dossier size, in one JVM and in ascending order: the used heap after full collections ({@link MemoryMXBean}
 * after {@code System.gc()}) with only the rule set loaded, then holding the read dossier, then holding its
 * evaluation too; and the CPU time of the calling thread to read and to evaluate (median of a few runs after
 * warm-up). CPU time leaves out the GC and JIT threads but, unlike elapsed time, hardly depends on what else runs on
 * the machine. Heap figures carry a few hundred KB of noise.
 */
final class HeapProbe {

  /** One size: JSON length, used heap in bytes, CPU times in nanoseconds. */
  record Row(int records, int ids, int jsonBytes, long baseline, long afterRead, long afterEvaluation, long readCpu,
      long evaluateCpu) {}

  /** One load of the rule set: elapsed time, and CPU time of the whole process (JIT and GC threads included). */
  record Load(RuleSet rules, long elapsed, long processCpu) {}

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private HeapProbe() {}

  static List<Row> measure(int... sizes) {
    RuleSet rules = Fixtures.loadRules();
    Evaluator evaluator = new Evaluator();
    byte[] small = Fixtures.dossier(1000);
    for (int i = 0; i < 30; i++) {
      evaluator.evaluate(rules, Fixtures.read(small));
    }
    List<Row> rows = new ArrayList<>();
    for (int records : sizes) {
      byte[] json = Fixtures.dossier(records);
      int ids = SyntheticDossiers.countIds(json);
      long baseline = usedAfterGc();
      ParsedDossier parsed = Fixtures.read(json);
      long afterRead = usedAfterGc();
      Evaluation evaluation = evaluator.evaluate(rules, parsed);
      long afterEvaluation = usedAfterGc();
      int runs = Math.max(1, 10_000 / records);
      long[] read = new long[runs];
      long[] evaluate = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = THREADS.getCurrentThreadCpuTime();
        ParsedDossier again = Fixtures.read(json);
        long middle = THREADS.getCurrentThreadCpuTime();
        evaluator.evaluate(rules, again);
        read[i] = middle - start;
        evaluate[i] = THREADS.getCurrentThreadCpuTime() - middle;
      }
      rows.add(new Row(records, ids, json.length, baseline, afterRead, afterEvaluation, median(read), median(evaluate)));
      Reference.reachabilityFence(parsed);
      Reference.reachabilityFence(evaluation);
    }
    return rows;
  }

  static Load timedLoad() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    RuleSet rules = Fixtures.loadRules();
    return new Load(rules, System.nanoTime() - start, os.getProcessCpuTime() - cpu);
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

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
