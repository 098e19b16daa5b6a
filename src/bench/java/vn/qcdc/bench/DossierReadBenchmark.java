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

/**
 * Latency distribution (p50, p99) of reading one dossier by size: strict JSON parsing, JSON Schema and cross-record
 * validation, binding to facts, warnings and hash. Needs no rule set, so its forks start quickly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
public class DossierReadBenchmark {

  @Param({"1000", "10000", "100000"})
  public int records;

  private final DossierReader reader = new DossierReader();
  private byte[] json;

  @Setup(Level.Trial)
  public void prepare() {
    json = Fixtures.dossier(records);
  }

  @Benchmark
  public ParsedDossier read() throws InvalidDossierException {
    return reader.read(json);
  }
}
