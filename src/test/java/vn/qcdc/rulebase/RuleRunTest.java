package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * A rule run cannot outlast its limits: the sandbox refuses the code below, so it is compiled here without the check,
 * as if a check had missed it. The run is cut off, the rule named, its thread gone, and the next run works.
 */
class RuleRunTest {

  private static final RunLimits QUICK = RunLimits.SCENARIO.with(1_000_000, Duration.ofSeconds(2));

  @Test
  void cutsOffAConsequenceThatNeverReturnsAndStopsItsThread() {
    KieBase endless = unchecked("""
        rule "TC4.1 vòng lặp trong hệ quả"
        when
            String()
        then
            long n = 0;
            while (true) { n++; }
        end
        """);
    long before = System.nanoTime();

    RunawayEvaluationException e = catchThrowableOfType(RunawayEvaluationException.class,
        () -> RuleRun.fire(endless, List.of("x"), Map.of(), o -> true, QUICK));

    assertThat(e).hasMessageContaining("chạy quá 2 giây").hasMessageContaining("TC4.1 vòng lặp trong hệ quả");
    assertThat(e.text().in(Locale.ENGLISH)).contains("it ran longer than 2 s", "in rule \"TC4.1 vòng lặp trong hệ quả\"");
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    assertThat(ruleRunThreads()).isEmpty();
  }

  @Test
  void cutsOffEndlessRecursionAndAnAllocationLoop() {
    KieBase recursion = unchecked("""
        function int deeper(int n) { return deeper(n + 1) + 1; }
        rule "TC4.1 đệ quy vô hạn"
        when
            String()
        then
            deeper(0);
        end
        """);
    KieBase allocation = unchecked("""
        rule "TC4.1 cấp phát vô hạn"
        when
            String()
        then
            java.util.List<long[]> all = new java.util.ArrayList<>();
            while (true) { all.add(new long[100000]); }
        end
        """);

    RunawayEvaluationException deep = catchThrowableOfType(RunawayEvaluationException.class,
        () -> RuleRun.fire(recursion, List.of("x"), Map.of(), o -> true, QUICK));
    RunawayEvaluationException memory = catchThrowableOfType(RunawayEvaluationException.class,
        () -> RuleRun.fire(allocation, List.of("x"), Map.of(), o -> true, QUICK));

    assertThat(deep).hasMessageContaining("các lời gọi lồng nhau quá sâu").hasMessageContaining("TC4.1 đệ quy vô hạn");
    assertThat(memory).hasMessageMatching("(?s).*(cấp phát quá|cần nhiều bộ nhớ hơn).*")
        .hasMessageContaining("TC4.1 cấp phát vô hạn");
    assertThat(ruleRunThreads()).isEmpty();
  }

  @Test
  void theFirstEvaluationOfAJvmWorksFromAForkJoinThreadWhoseClassLoaderSeesNoApplicationClass() throws Exception {
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), ForkJoinProbe.class.getName()).redirectErrorStream(true).start();

    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(probe.waitFor()).as(output).isZero();
    assertThat(output).contains("total=76.74");
  }

  private static KieBase unchecked(String rules) {
    List<RuleSetProblem> problems = new ArrayList<>();
    KieBase kieBase = DrlCompiler.compile(Map.of("t.drl", "package qcdc.test;\n" + rules), problems);
    assertThat(problems).isEmpty();
    return kieBase;
  }

  private static List<String> ruleRunThreads() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith("rule-run-"))
        .toList();
  }
}
