package vn.qcdc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.qcdc.rulebase.RuleSet;

/**
 * Runs the benchmark suite and prints a summary table. Without arguments: the heap probe, then every JMH benchmark
 * with the GC profiler. With {@code heap}: the heap probe only. Any other arguments are JMH's own command line
 * (for example {@code EvaluationLatencyBenchmark -p records=1000}).
 *
 * <p>The rules folder is first copied to {@code <out>/rules-snapshot}, and every fork reads the copy, so a rule
 * set edited while the suite runs cannot change the figures half-way through.
 */
public final class BenchmarkMain {

  static final int[] SIZES = {1_000, 10_000, 100_000};

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    Path snapshot = snapshot(Fixtures.rulesFolder(), out.resolve("rules-snapshot"));
    System.setProperty("bench.rules", snapshot.toString());
    HeapProbe.Load cold = HeapProbe.timedLoad();
    RuleSet rules = cold.rules();
    List<String> report = new ArrayList<>(Summary.environment(rules));
    int header = report.size();
    report.forEach(System.out::println);

    boolean full = args.length == 0;
    if (full || args[0].equals("heap")) {
      List<HeapProbe.Row> heap = HeapProbe.measure(SIZES);
      HeapProbe.Load warm = HeapProbe.timedLoad();
      report.addAll(Summary.loadTimes(cold, warm));
      report.addAll(Summary.heapTable(heap));
    }
    if (full || !args[0].equals("heap")) {
      ChainedOptionsBuilder options = new OptionsBuilder().parent(new CommandLineOptions(args))
          .jvmArgsAppend("-Xmx4g", "-Dbench.rules=" + snapshot, "-Dbench.example=" + Fixtures.exampleDossier().toAbsolutePath())
          .result(out.resolve("jmh-result.json").toString()).resultFormat(ResultFormatType.JSON);
      if (full) {
        options.include(BenchmarkMain.class.getPackageName() + "\\..*Benchmark").addProfiler(GCProfiler.class);
      }
      Collection<RunResult> results = new Runner(options.build()).run();
      report.addAll(Summary.jmhTable(results));
      report.addAll(Summary.ratioTable(results));
    }
    report.add(header, Summary.loadAverage("at end"));
    Files.write(out.resolve("summary.md"), report);
    System.out.println();
    report.forEach(System.out::println);
  }

  private static Path snapshot(Path rules, Path target) throws IOException {
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> files = Files.walk(rules)) {
      for (Path p : files.toList()) {
        Files.copy(p, target.resolve(rules.relativize(p).toString()));
      }
    }
    return target.toAbsolutePath();
  }
}
