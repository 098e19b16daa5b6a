package vn.qcdc.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.qcdc.rulebase.RuleSet;

/**
 * Loading the rules folder (YAML files, catalogue checks, DRL compiled into one KieBase): the first load in a fresh
 * JVM, which also loads and JIT-compiles Drools and the Java compiler it uses, and a rebuild in a warm JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetCompileBenchmark {

  /** One load per fork, first thing in the JVM: each fork contributes one sample. */
  @Benchmark
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public RuleSet coldFirstLoad() {
    return Fixtures.loadRules();
  }

  /** Reloads after warm-up loads in the same JVM, as when an administrator swaps the rule set of a running service. */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public RuleSet warmRebuild() {
    return Fixtures.loadRules();
  }
}
