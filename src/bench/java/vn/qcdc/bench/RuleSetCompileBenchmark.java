package vn.qcdc.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.qcdc.rulebase.RuleSet;

/**
 * Loading the rules folder (YAML files, catalogue checks, DRL compiled into one KieBase): the first load in a fresh
 * JVM, which also loads and JIT-compiles Drools and the Java compiler it uses, and a rebuild in a warm JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RuleSetCompileBenchmark {

  /** Sets up logging before the measurement, so that the cold figure is the rule set's, not Logback's start. */
  @Setup(Level.Trial)
  public void prepare() {
    Fixtures.quietLogging();
  }

  /** One load per fork, first thing in the JVM: each fork contributes one sample. */
  @Benchmark
  @Fork(3)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public RuleSet coldFirstLoad() {
    return Fixtures.loadRules();
  }

  /** Reloads after warm-up loads in the same JVM, as when an administrator swaps the rule set of a running service. */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public RuleSet warmRebuild() {
    return Fixtures.loadRules();
  }
}
