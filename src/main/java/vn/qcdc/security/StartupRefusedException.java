package vn.qcdc.security;

/**
 * The service will not start in this configuration (running as root, a weak bootstrap administrator password);
 * {@link StartupRefusalFailureAnalyzer} prints the reason and what to do instead of a stack trace.
 */
public class StartupRefusedException extends RuntimeException {

  private final String action;

  public StartupRefusedException(String description, String action) {
    super(description);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
