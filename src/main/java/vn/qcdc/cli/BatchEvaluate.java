package vn.qcdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.qcdc.evaluation.BatchRunner;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RunawayEvaluationException;

/**
 * {@code evaluate} of several dossiers in one JVM: the rule set is loaded once, the dossiers are read and evaluated in
 * parallel with it, each result is written to {@code --out} as its own file (the JSON contract) as soon as it is
 * ready, and a summary table follows. An invalid dossier is reported (with its file) and the batch goes on.
 */
final class BatchEvaluate {

  /** What one dossier gave: its summary line, and the exit code it stands for. */
  private record Done(BatchSummary.Line line, int exit) {}

  private final RuleSet ruleSet;
  private final Path out;
  private final int threads;
  private final PrintWriter err;
  private final BatchProgress progress;
  private final AtomicInteger failed = new AtomicInteger();

  BatchEvaluate(RuleSet ruleSet, Path out, int threads, PrintWriter err, BatchProgress progress) {
    this.ruleSet = ruleSet;
    this.out = out;
    this.threads = threads;
    this.err = err;
    this.progress = progress;
  }

  /** Evaluates every input; returns 3 if the rules ran away on one, else 2 if one was invalid, 1 if unreadable, 0. */
  int run(List<DossierFiles.Input> inputs) throws IOException {
    BatchSummary summary = new BatchSummary(ruleSet);
    Evaluator evaluator = new Evaluator();
    List<BatchRunner.Outcome<DossierFiles.Input, Done>> outcomes = BatchRunner.run(inputs, threads,
        input -> one(input, evaluator, summary),
        (o, done, total) -> progress.done(o.item().shown(), o.result() == null ? "error" : outcomeText(o.result()),
            done, total, failed.get()),
        e -> false);
    List<BatchSummary.Line> lines = new ArrayList<>();
    int exit = ExitCode.OK;
    for (BatchRunner.Outcome<DossierFiles.Input, Done> o : outcomes) {
      Done d = o.result() != null ? o.result() : new Done(summary.failed(o.item().shown(),
          List.of(String.valueOf(o.failure()))), ExitCode.FAILURE);
      lines.add(d.line());
      exit = worse(exit, d.exit());
    }
    summary.write(out, lines);
    err.println(inputs.size() + " hồ sơ (dossiers): " + (inputs.size() - failed.get()) + " đã chấm (evaluated), "
        + failed.get() + " lỗi (failed); kết quả (results): " + out);
    err.flush();
    return exit;
  }

  private Done one(DossierFiles.Input input, Evaluator evaluator, BatchSummary summary) throws IOException {
    Inputs.DossierRead read = Inputs.read(input.file());
    if (read.dossier() == null) {
      return refused(input, summary, read.problems(), read.exit());
    }
    Evaluation evaluation;
    try {
      evaluation = evaluator.evaluate(ruleSet, read.dossier());
    } catch (RunawayEvaluationException e) {
      String where = ruleSet.ruleSource(e.rule()).map(s -> s.problem(e.getMessage()).toString())
          .orElse(e.getMessage());
      return refused(input, summary, List.of(where), ExitCode.INVALID_RULES);
    }
    Path result = out.resolve(input.resultName());
    Path tmp = out.resolve("." + input.resultName() + ".tmp");
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      PrettyJson.write(evaluation, file);
      file.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
    }
    Files.move(tmp, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Done(summary.evaluated(input.shown(), input.resultName(), evaluation), ExitCode.OK);
  }

  private Done refused(DossierFiles.Input input, BatchSummary summary, List<String> problems, int exit) {
    failed.incrementAndGet();
    synchronized (err) {
      problems.stream().limit(100).forEach(p -> err.println(input.shown() + ": " + p));
      if (problems.size() > 100) {
        err.println(input.shown() + ": … " + (problems.size() - 100) + " more problems (còn lỗi khác)");
      }
      err.flush();
    }
    return new Done(summary.failed(input.shown(), problems), exit);
  }

  private static String outcomeText(Done d) {
    List<String> v = d.line().values();
    return d.exit() == ExitCode.OK ? v.get(5) + " " + v.get(6) : "lỗi (error) " + d.exit();
  }

  /** 3 (rules ran away) over 2 (invalid dossier) over 1 (unreadable) over 0: the codes are ranked as numbered. */
  static int worse(int a, int b) {
    return Math.max(a, b);
  }
}
