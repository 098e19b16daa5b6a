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
