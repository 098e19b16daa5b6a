package vn.qcdc.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The auditor's command line: {@code evaluate}, {@code validate-rules} and {@code test-rules} (docs/cli.md). Runs
 * without Spring; stdout carries only the command's result, in UTF-8; problems and logging go to stderr.
 */
public final class Cli {

  private static final Set<String> COMMANDS = Set.of("evaluate", "validate-rules", "test-rules");

  private Cli() {}

  public static boolean isCommand(String arg) {
    return COMMANDS.contains(arg);
  }

  /**
   * Runs a command on the process's stdout and stderr, both UTF-8 whatever the platform default; library logging goes
   * to stderr, warnings only. While the command runs, {@code System.out} points to stderr, so that nothing but the
   * command's result reaches stdout.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(String[] args) {
    QuietLogging.configure();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    System.setOut(stderr);
    try {
      return run(args, out, err);
    } finally {
      out.flush();
      err.flush();
      System.setOut(stdout);
    }
  }

  /** Runs a command writing to the given streams (UTF-8); used by {@link #run(String[])} and by tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(outWriter, errWriter).execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Root());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(EvaluationText.WIDTH);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine where = ex.getCommandLine();
      where.getErr().println("error: " + ex.getMessage());
      where.getErr().println("Try '" + where.getCommandSpec().qualifiedName() + " --help' (xem hướng dẫn).");
      where.getErr().flush();
      return ExitCode.FAILURE;
    });
    cl.setExecutionExceptionHandler((ex, where, parseResult) -> {
      if (ex instanceof Exit exit) {
        where.getErr().flush();
        return exit.code();
      }
      where.getErr().println("error: " + (ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage()));
      where.getErr().flush();
      return ExitCode.FAILURE;
    });
    return cl;
  }

  /** The top command; its name is how the jar is started. */
  @Command(name = "java -jar qcdc-evaluator.jar",
      subcommands = {EvaluateCommand.class, ValidateRulesCommand.class, TestRulesCommand.class},
      description = {
          "Compliance evaluator for grassroots democracy and government mass mobilisation of communes.",
          "(Công cụ đánh giá thực hiện dân chủ ở cơ sở và dân vận chính quyền cấp xã.)"})
  static final class Root implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true,
        description = "Show this help and exit (xem hướng dẫn).")
    private boolean help;

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitCode.FAILURE;
    }
  }
}
