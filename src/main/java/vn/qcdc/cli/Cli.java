package vn.qcdc.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

  /** Whether commands write to the process's own stdout and stderr (a terminal may be there), not to a test's. */
  private static volatile boolean processStreams;

  private Cli() {}

  static boolean processStreams() {
    return processStreams;
  }

  /**
   * Whether the arguments start the web service: none at all, or only Spring's {@code --name=value} options. Anything
   * else is for the command line, which runs a command, prints its usage ({@code --help}, {@code -h}, {@code help})
   * or refuses an unknown command; so a mistyped command never starts a server on port 8080.
   */
  public static boolean startsService(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("--") || arg.equals("--help") || arg.startsWith("--help=")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs a command on the process's stdout and stderr, both UTF-8 whatever the platform default; library logging goes
   * to stderr, warnings only. While the command runs, {@code System.out} points to stderr, so that nothing but the
   * command's result reaches stdout.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(String[] args) {
    processStreams = true;
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

  /**
   * Runs a command writing to the given streams (UTF-8); used by {@link #run(String[])} and by tests. Both streams
   * pass through {@link TerminalWriter}, so nothing read from a dossier or a rule file reaches the terminal as a
   * control sequence.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = terminal(out);
    PrintWriter errWriter = terminal(err);
    try {
      return commandLine(outWriter, errWriter).execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static PrintWriter terminal(PrintStream stream) {
    return new PrintWriter(new TerminalWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Root());
    cl.setOut(out);
    cl.setErr(err);
    // Plain text: the terminal writer would strip the escape codes of colours and leave their remains.
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(EvaluationText.WIDTH);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine where = ex.getCommandLine();
      if (where == cl) {
        // No command matched: say so and show every command, as for --help, on stderr.
        where.getErr().println("error: unknown command or option (lệnh không hợp lệ): " + ex.getMessage());
        where.usage(where.getErr());
        where.getErr().flush();
        return ExitCode.USAGE;
      }
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
      subcommands = {EvaluateCommand.class, ValidateRulesCommand.class, TestRulesCommand.class,
          CommandLine.HelpCommand.class},
      description = {
          "Compliance evaluator for grassroots democracy and government mass mobilisation of communes.",
          "(Công cụ đánh giá thực hiện dân chủ ở cơ sở và dân vận chính quyền cấp xã.)"},
      footerHeading = "%nThe web service (dịch vụ web):%n",
      footer = {
          "Without a command the jar starts the web service on port 8080 (không có lệnh: chạy dịch vụ web):",
          "  java -jar qcdc-evaluator.jar [--server.port=8080] [--spring.profiles.active=postgres] ...",
          "  mvn spring-boot:run       (from the source folder)",
          "Options of the service are Spring properties written --name=value.",
          "The service refuses to run as root; to allow it (not advised) add --qcdc.security.allow-root=true",
          "or set QCDC_SECURITY_ALLOWROOT=true.",
          "",
          "Exit codes (mã thoát): 0 help shown; 2 no command or an unknown one; each command lists its own."})
  static final class Root implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true,
        description = "Show this help and exit (xem hướng dẫn).")
    private boolean help;

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitCode.USAGE;
    }
  }
}
