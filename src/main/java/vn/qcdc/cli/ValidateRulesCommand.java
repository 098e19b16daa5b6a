package vn.qcdc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.rulebase.RuleSet;

/** {@code validate-rules [--rules DIR]}. */
@Command(name = "validate-rules", sortOptions = false,
    description = {
        "Loads and validates a rules folder: catalogue, profile, parameters, calendar and DRL rules.",
        "Prints the profile, the rule-set SHA-256, the numbers of criteria and groups and the total points,",
        "or every problem as file:line: message.",
        "(Kiểm tra bộ quy tắc; in mọi lỗi kèm tệp và dòng.)"},
    exitCodeListHeading = "%nExit codes (mã thoát):%n",
    exitCodeList = {
        "0:valid (hợp lệ)",
        "1:unreadable folder, bad arguments, other error (lỗi khác)",
        "3:invalid rule set, problems on stderr (bộ quy tắc không hợp lệ)"})
final class ValidateRulesCommand implements Callable<Integer> {

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

    RuleSet ruleSet = Inputs.rules(rules, spec.commandLine().getErr());

    out.println("Rule set valid (bộ quy tắc hợp lệ): " + rules);
    out.println("profile:      " + ruleSet.profile().id() + " (version " + ruleSet.profile().version() + ")");
    out.println("sha256:       " + ruleSet.hash());
    out.println("criteria:     " + ruleSet.criteria().size());
    out.println("groups:       " + ruleSet.profile().groups().size());
    out.println("total points: " + EvaluationJson.points(ruleSet.profile().maxTotal()).toPlainString());
    out.flush();
    return ExitCode.OK;
  }
}
