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
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;

/**
 * Latency distribution (p50, p99) of one request by dossier size: reading and validating the JSON bytes alone, the
 * evaluation alone on an already read dossier, and both together, as the service does for an upload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class EvaluationLatencyBenchmark {

  @Param({"1000", "10000", "100000"})
  public int records;

  private final DossierReader reader = new DossierReader();
  private final Evaluator evaluator = new Evaluator();
  private RuleSet rules;
  private byte[] json;
  private ParsedDossier parsed;

  @Setup(Level.Trial)
  public void prepare() {
    rules = Fixtures.loadRules();
    json = Fixtures.dossier(records);
    parsed = Fixtures.read(json);
  }

  @Benchmark
  public ParsedDossier read() throws InvalidDossierException {
    return reader.read(json);
  }

  @Benchmark
  public Evaluation evaluate() {
    return evaluator.evaluate(rules, parsed);
  }

  @Benchmark
  public Evaluation readAndEvaluate() throws InvalidDossierException {
    return evaluator.evaluate(rules, reader.read(json));
  }
}
