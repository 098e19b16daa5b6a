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
import org.openjdk.jmh.annotations.Warmup;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.evaluation.PartResult;
import vn.qcdc.rulebase.RuleSet;

/**
 * The engine (read, validate, evaluate: what an upload or a batch costs) against {@link HandWrittenBaseline} on the
 * same bytes, in the same fork, so that their ratio holds whatever the machine's load. Before measuring, the baseline's
 * counts are checked against the engine's TC3.1 and TC3.2(b), so the two do the same work on those criteria.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 6, time = 3)
public class EngineVsBaselineBenchmark {

  @Param({"1000", "2000", "10000", "100000"})
  public int records;

  private final DossierReader reader = new DossierReader();
  private final Evaluator evaluator = new Evaluator();
  private RuleSet rules;
  private HandWrittenBaseline baseline;
  private byte[] json;

  @Setup(Level.Trial)
  public void prepare() throws InvalidDossierException {
    rules = Fixtures.loadRules();
    baseline = new HandWrittenBaseline(rules);
    json = Fixtures.dossier(records);
    Evaluation engine = evaluator.evaluate(rules, reader.read(json));
    HandWrittenBaseline.Counts hand = baseline.run(json);
    PartResult tc31 = engine.finding("TC3.1").parts().get(0);
    PartResult tc32b = engine.finding("TC3.2").parts().get(1);
    if (tc31.applicable() != hand.counted() || tc31.compliant() != hand.onTime()
        || tc32b.applicable() != hand.requests() || tc32b.compliant() != hand.requestsInTime()) {
      throw new IllegalStateException("the baseline does not count as the engine: " + hand + " vs TC3.1 "
          + tc31.compliant() + "/" + tc31.applicable() + ", TC3.2(b) " + tc32b.compliant() + "/" + tc32b.applicable());
    }
  }

  @Benchmark
  public Evaluation engine() throws InvalidDossierException {
    return evaluator.evaluate(rules, reader.read(json));
  }

  @Benchmark
  public HandWrittenBaseline.Counts baseline() {
    return baseline.run(json);
  }
}
