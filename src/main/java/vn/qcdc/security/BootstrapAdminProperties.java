package vn.qcdc.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, created at start-up when no administrator exists ({@code qcdc.bootstrap-admin.*}). */
@ConfigurationProperties("qcdc.bootstrap-admin")
public record BootstrapAdminProperties(String username, String password) {

  boolean configured() {
    return username != null && !username.isBlank() && password != null && !password.isBlank();
  }
}
