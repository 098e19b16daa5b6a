package vn.qcdc.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, created at start-up when no administrator exists ({@code qcdc.bootstrap-admin.*}). */
@ConfigurationProperties("qcdc.bootstrap-admin")
public record BootstrapAdminProperties(String username, String password) {

  boolean configured() {
    return username != null && !username.isBlank() && password != null && !password.isBlank();
  }

  /** Whether either is set: then both must be, and the password must pass the policy. */
  boolean partlyConfigured() {
    return (username != null && !username.isBlank()) || (password != null && !password.isEmpty());
  }
}
