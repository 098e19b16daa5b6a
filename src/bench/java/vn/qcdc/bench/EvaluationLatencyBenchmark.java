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
 * Latency distribution (p50, p99) of one evaluation by dossier size: the evaluation alone on an already read dossier,
 * and reading and validating the JSON bytes followed by the evaluation, as the service does for an upload. Reading
 * alone is {@link DossierReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
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
  public Evaluation evaluate() {
    return evaluator.evaluate(rules, parsed);
  }

  @Benchmark
  public Evaluation readAndEvaluate() throws InvalidDossierException {
    return evaluator.evaluate(rules, reader.read(json));
  }
}
