package vn.qcdc.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;
import vn.qcdc.rulebase.RuleSet;

/** The benchmark report in Markdown: the machine and rule set, the heap table and the JMH table. */
final class Summary {

  private static final double MB = 1024.0 * 1024.0;

  private Summary() {}

  static List<String> environment(RuleSet rules) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return List.of(
        "- processors: " + Runtime.getRuntime().availableProcessors()
            + ", memory: " + Math.round(os.getTotalMemorySize() / MB / 1024) + " GiB",
        "- java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
            + ", max heap of this JVM " + Math.round(Runtime.getRuntime().maxMemory() / MB) + " MB",
        "- commit: " + git("log", "-1", "--format=%h") + (git("status", "--porcelain", "rules").isEmpty() ? ""
            : " (rules/ has uncommitted changes)"),
        "- rule set: " + rules.folder() + ", hash " + rules.hash() + ", " + rules.criteria().size() + " criteria",
        loadAverage("at start"));
  }

  /** The system load average over the last minute: other processes on the machine disturb the figures. */
  static String loadAverage(String when) {
    return String.format(Locale.ROOT, "- load average %s: %.2f", when,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static List<String> loadTimes(HeapProbe.Load cold, HeapProbe.Load warm) {
    return List.of("", "| rule-set load in the probe JVM | elapsed s | process CPU s |", "|---|---|---|",
        String.format(Locale.ROOT, "| first in the JVM | %.1f | %.1f |", cold.elapsed() / 1e9, cold.processCpu() / 1e9),
        String.format(Locale.ROOT, "| third, after the heap probe | %.1f | %.1f |", warm.elapsed() / 1e9,
            warm.processCpu() / 1e9));
  }

  static List<String> heapTable(List<HeapProbe.Row> rows) {
    List<String> out = new ArrayList<>(List.of("", "| records (ids) | JSON MB | heap, rule set only, MB "
        + "| + read dossier, MB | + its evaluation, MB | CPU ms read | CPU ms evaluate |", "|---|---|---|---|---|---|---|"));
    for (HeapProbe.Row r : rows) {
      out.add(String.format(Locale.ROOT, "| %,d (%,d) | %.1f | %.1f | %+.1f | %+.1f | %.0f | %.0f |", r.records(),
          r.ids(), r.jsonBytes() / MB, r.baseline() / MB, (r.afterRead() - r.baseline()) / MB,
          (r.afterEvaluation() - r.afterRead()) / MB, r.readCpu() / 1e6, r.evaluateCpu() / 1e6));
    }
    return out;
  }

  static List<String> jmhTable(Collection<RunResult> results) {
    List<String> out = new ArrayList<>(List.of("", "| benchmark | records | threads | mode | score | p50 | p99 | samples "
        + "| allocated MB/op |", "|---|---|---|---|---|---|---|---|---|"));
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      Result<?> primary = run.getPrimaryResult();
      Statistics stats = primary.getStatistics();
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.', params.getBenchmark()
          .lastIndexOf('.') - 1) + 1);
      boolean timed = !params.getMode().shortLabel().equals("thrpt");
      out.add(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.2f ± %.2f %s | %s | %s | %d | %s |", name,
          params.getParam("records") == null ? "–" : params.getParam("records"), params.getThreads(),
          params.getMode().shortLabel(), primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          timed ? String.format(Locale.ROOT, "%.2f", stats.getPercentile(50)) : "–",
          timed ? String.format(Locale.ROOT, "%.2f", stats.getPercentile(99)) : "–", stats.getN(),
          alloc == null ? "–" : String.format(Locale.ROOT, "%.1f", alloc.getScore() / MB)));
    }
    return out;
  }

  /**
   * The engine ÷ the hand-written baseline per size ({@link EngineVsBaselineBenchmark}: same fork, same bytes), and
   * how the engine's time per record grows from 10,000 to 100,000 records (1.0 is linear).
   */
  static List<String> ratioTable(Collection<RunResult> results) {
    java.util.Map<Integer, double[]> bySize = new java.util.TreeMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      if (!benchmark.contains("EngineVsBaselineBenchmark")) {
        continue;
      }
      double[] pair = bySize.computeIfAbsent(Integer.parseInt(run.getParams().getParam("records")),
          k -> new double[2]);
      pair[benchmark.endsWith(".engine") ? 0 : 1] = run.getPrimaryResult().getScore();
    }
    if (bySize.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of("", "| records | engine ms/op | baseline ms/op | engine ÷ baseline |",
        "|---|---|---|---|"));
    bySize.forEach((records, pair) -> out.add(String.format(Locale.ROOT, "| %,d | %.2f | %.3f | %.1f |", records,
        pair[0], pair[1], pair[0] / pair[1])));
    double[] ten = bySize.get(10_000);
    double[] hundred = bySize.get(100_000);
    if (ten != null && hundred != null) {
      out.add(String.format(Locale.ROOT, "%nengine 100k ÷ 10k: %.1f (10.0 is linear); baseline 100k ÷ 10k: %.1f",
          hundred[0] / ten[0], hundred[1] / ten[1]));
    }
    return out;
  }

  private static String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? text : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
