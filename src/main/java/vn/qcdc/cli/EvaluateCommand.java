package vn.qcdc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RunawayEvaluationException;

/** {@code evaluate --dossier FILE [--rules DIR] [--format json|text]}. */
@Command(name = "evaluate", sortOptions = false,
    description = {
        "Evaluates one evidence dossier with a rule set and prints the findings.",
        "(Chấm điểm một hồ sơ minh chứng theo bộ quy tắc và in kết quả.)"},
    exitCodeListHeading = "%nExit codes (mã thoát):%n",
    exitCodeList = {
        "0:evaluated (đã chấm điểm)",
        "1:unreadable file, bad arguments, other error (lỗi khác)",
        "2:invalid dossier, problems on stderr (hồ sơ không hợp lệ)",
        "3:invalid rule set, or its rules ran away on this dossier; problems on stderr (bộ quy tắc không hợp lệ)"})
final class EvaluateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { json, text }

  @Spec
  private CommandSpec spec;

  @Option(names = "--dossier", required = true, paramLabel = "FILE",
      description = "Evidence dossier to evaluate: a JSON file, or an Excel workbook filled from the dossier "
          + "template (hồ sơ minh chứng: tệp JSON hoặc bảng tính Excel theo mẫu).")
  private Path dossier;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Rules folder; default: ${DEFAULT-VALUE} in the working directory (thư mục bộ quy tắc).")
  private Path rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE} "
          + "(định dạng: json cho công cụ, text là bảng tiếng Việt).")
  private Format format;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit (xem hướng dẫn).")
  private boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParsedDossier parsed = Inputs.dossier(dossier, err);
    RuleSet ruleSet = Inputs.rules(rules, err);

    Evaluation evaluation;
    try {
      evaluation = new Evaluator().evaluate(ruleSet, parsed);
    } catch (RunawayEvaluationException e) {
      err.println(ruleSet.ruleSource(e.rule()).map(s -> s.problem(e.getMessage()).toString()).orElse(e.getMessage()));
      err.flush();
      return ExitCode.INVALID_RULES;
    }

    if (format == Format.text) {
      out.print(EvaluationText.render(evaluation));
    } else {
      out.println(PrettyJson.of(evaluation));
    }
    out.flush();
    return ExitCode.OK;
  }
}
