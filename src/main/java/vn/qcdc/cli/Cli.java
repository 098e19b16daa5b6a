package vn.qcdc.cli;

import java.util.Set;

/** The auditor's command line (placeholder until the commands land). */
public final class Cli {

  private static final Set<String> COMMANDS = Set.of("evaluate", "validate-rules", "test-rules");

  private Cli() {}

  public static boolean isCommand(String arg) {
    return COMMANDS.contains(arg);
  }

  public static int run(String[] args) {
    System.err.println("Command line not available yet: " + String.join(" ", args));
    return 1;
  }
}
