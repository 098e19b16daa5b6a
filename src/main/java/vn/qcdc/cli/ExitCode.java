package vn.qcdc.cli;

/** The exit codes of the command line; other tools read them, so they never change. */
public final class ExitCode {

  /** Evaluated, rule set valid, or every scenario case passed. */
  public static final int OK = 0;
  /** Anything else: failed scenario cases, an unreadable file, bad arguments, an unexpected error. */
  public static final int FAILURE = 1;
  /** The dossier was rejected; every problem is on stderr as {@code path: message}. */
  public static final int INVALID_DOSSIER = 2;
  /** The rule set was rejected; every problem is on stderr as {@code file:line: message}. */
  public static final int INVALID_RULES = 3;
  /**
   * At the top level only: no command, or one that does not exist; the usage is on stderr. (The commands themselves
   * use 2 for an invalid dossier; a top-level refusal happens before any command runs.)
   */
  public static final int USAGE = 2;

  private ExitCode() {}
}
