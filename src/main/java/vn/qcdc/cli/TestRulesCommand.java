package vn.qcdc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.scenario.Scenario;
import vn.qcdc.scenario.ScenarioLoader;
import vn.qcdc.scenario.ScenarioResult;
import vn.qcdc.scenario.ScenarioRunner;

/** {@code test-rules [--rules DIR]}. */
@Command(name = "test-rules", sortOptions = false,
    description = {
        "Validates a rules folder, then runs every scenario case of its scenarios.yaml files.",
        "Prints one line per case (✓ or ✗, file:line, name), the differences of failed cases,",
        "and the summary line \"N passed, M failed\".",
        "(Chạy các kịch bản kiểm thử của bộ quy tắc.)"},
    exitCodeListHeading = "%nExit codes (mã thoát):%n",
    exitCodeList = {
        "0:all cases passed (mọi kịch bản đạt)",
        "1:a case failed, unreadable scenario file, bad arguments (có kịch bản sai, lỗi khác)",
        "3:invalid rule set, or a rule ran away in a case; problems on stderr (bộ quy tắc không hợp lệ)"})
final class TestRulesCommand implements Callable<Integer> {

  static final String PASSED = "✓";
  static final String FAILED = "✗";

  @Spec
  private CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Rules folder; default: ${DEFAULT-VALUE} in the working directory (thư mục bộ quy tắc).")
  private Path rules;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit (xem hướng dẫn).")
  private boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleSet ruleSet = Inputs.rules(rules, err);
    ScenarioLoader loader = new ScenarioLoader();
    List<Scenario> cases;
    ObjectNode base;
    try {
      cases = loader.load(rules);
      base = cases.isEmpty() ? null : loader.base(rules);
    } catch (IOException e) {
      err.println("cannot read the scenarios: " + e.getMessage());
      return ExitCode.FAILURE;
    }

    ScenarioRunner runner = new ScenarioRunner(ruleSet, base);
    int passed = 0;
    int failed = 0;
    for (Scenario s : cases) {
      ScenarioResult result = runner.run(s);
      if (result.ranAway()) {
        out.flush();
        err.println(result.runawayProblem(ruleSet));
        err.flush();
        return ExitCode.INVALID_RULES;
      }
      if (result.passed()) {
        passed++;
        out.println(PASSED + " " + s.label());
      } else {
        failed++;
        out.println(FAILED + " " + s.label());
        result.differences().forEach(d -> out.println("    " + d));
      }
      out.flush();
    }

    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
  }
}
