package vn.qcdc.cli;

/** Ends a command with an exit code once its messages are printed. */
final class Exit extends RuntimeException {

  private final int code;

  Exit(int code) {
    super(null, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
