package vn.qcdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.BatchRunner;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RunawayEvaluationException;

/** {@code evaluate --dossier FILE|DIR... [--out DIR] [--rules DIR] [--format json|text] [--threads N]}. */
@Command(name = "evaluate", sortOptions = false,
    description = {
        "Evaluates evidence dossiers with a rule set: one, printed on stdout; or several (files, folders)",
        "with --out DIR, one result file each and a summary table (summary.csv, summary.xlsx).",
        "(Chấm điểm hồ sơ minh chứng: một hồ sơ in ra màn hình; nhiều hồ sơ ghi vào thư mục --out.)"},
    exitCodeListHeading = "%nExit codes (mã thoát):%n",
    exitCodeList = {
        "0:evaluated, every dossier (đã chấm điểm)",
        "1:unreadable file, bad arguments, other error (lỗi khác)",
        "2:an invalid dossier, problems on stderr; a batch goes on with the others (hồ sơ không hợp lệ)",
        "3:invalid rule set, or its rules ran away on a dossier; problems on stderr (bộ quy tắc không hợp lệ)"})
final class EvaluateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { json, text }

  @Spec
  private CommandSpec spec;

  @Option(names = "--dossier", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Evidence dossier(s): JSON files or Excel workbooks filled from the dossier template, or folders "
          + "of them (FILE may be a folder); repeatable (hồ sơ minh chứng: tệp JSON, bảng tính Excel, hoặc thư mục).")
  private List<Path> dossiers;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder for one result file per dossier and the summary table; needed for several dossiers "
          + "(thư mục kết quả).")
  private Path out;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Rules folder; default: ${DEFAULT-VALUE} in the working folder (thư mục bộ quy tắc).")
  private Path rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format of one dossier: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE} "
          + "(định dạng: json cho công cụ, text là bảng tiếng Việt).")
  private Format format;

  @Option(names = "--threads", paramLabel = "N",
      description = "Dossiers evaluated at once in a batch; default: the number of cores (số luồng).")
  private Integer threads;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit (xem hướng dẫn).")
  private boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (this.out != null || dossiers.size() > 1 || Files.isDirectory(dossiers.get(0))) {
      return batch(err);
    }
    ParsedDossier parsed = Inputs.dossier(dossiers.get(0), err);
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
      PrettyJson.write(evaluation, out);
      out.println();
    }
    out.flush();
    return ExitCode.OK;
  }

  private int batch(PrintWriter err) throws IOException {
    if (this.out == null || format == Format.text) {
      err.println("error: several dossiers (or a folder) are evaluated into files: give --out DIR, with the JSON "
          + "format (nhiều hồ sơ: cần --out THƯ_MỤC)");
      return ExitCode.FAILURE;
    }
    if (threads != null && threads < 1) {
      err.println("error: --threads must be at least 1");
      return ExitCode.FAILURE;
    }
    List<DossierFiles.Input> inputs = DossierFiles.of(dossiers);
    if (DossierFiles.overlaps(inputs, this.out)) {
      err.println("error: --out " + this.out + " holds dossiers of the batch; choose another folder (thư mục kết quả"
          + " phải khác thư mục hồ sơ)");
      return ExitCode.FAILURE;
    }
    RuleSet ruleSet = Inputs.rules(rules, err);
    Files.createDirectories(this.out);
    return new BatchEvaluate(ruleSet, this.out, threads == null ? BatchRunner.cores() : threads, err,
        BatchProgress.on(err, Cli.processStreams())).run(inputs);
  }
}
