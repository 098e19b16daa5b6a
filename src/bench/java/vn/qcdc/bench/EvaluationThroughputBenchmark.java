package vn.qcdc.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;

/**
 * Evaluations per second with one rule set (one KieBase) shared by all threads, each evaluation opening its own
 * session, on 1 and on 2 threads; JMH reports the sum over the threads. At 100,000 records an evaluation takes
 * seconds, so its throughput is read from the latency benchmark instead of a window of a few operations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class EvaluationThroughputBenchmark {

  @Param({"1000", "10000"})
  public int records;

  private final Evaluator evaluator = new Evaluator();
  private RuleSet sharedRules;
  private ParsedDossier parsed;

  @Setup(Level.Trial)
  public void prepare() {
    sharedRules = Fixtures.loadRules();
    parsed = Fixtures.read(Fixtures.dossier(records));
  }

  @Benchmark
  @Threads(1)
  public Evaluation oneThread() {
    return evaluator.evaluate(sharedRules, parsed);
  }

  @Benchmark
  @Threads(2)
  public Evaluation twoThreads() {
    return evaluator.evaluate(sharedRules, parsed);
  }
}
