package vn.qcdc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
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
import vn.qcdc.workbook.RecordEdit;
import vn.qcdc.workbook.RecordForm;
import vn.qcdc.workbook.RecordForms;
import vn.qcdc.workbook.RecordInput;
import vn.qcdc.workbook.WorkbookConverter;

/**
 * Latency distribution (p50, p99) of what a commune officer waits for in the web form, on the example dossier: saving
 * a new complaint and opening a reception session's form. Each call exports the whole dossier to a workbook and,
 * for a save, converts it back and validates it, so the cost grows with the dossier, not with the one record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
public class RecordFormBenchmark {

  private final RecordForms forms = new RecordForms(new WorkbookConverter());
  private final RecordInput complaint = new RecordInput(Map.of("id", "K-06", "subject", "Khiếu nại",
      "receivedDate", "03/11/2025", "withinCompetence", "Có"), Map.of());
  private byte[] json;

  @Setup(Level.Trial)
  public void prepare() {
    try {
      json = Files.readAllBytes(Fixtures.exampleDossier());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public byte[] saveComplaint() {
    RecordEdit edit = forms.save(json, "complaints", null, complaint);
    if (!edit.accepted()) {
      throw new IllegalStateException("The new complaint was refused: " + edit.problems());
    }
    return edit.json();
  }

  @Benchmark
  public RecordForm openReceptionSessionForm() {
    return forms.form(json, "receptionSessions", 3);
  }
}
