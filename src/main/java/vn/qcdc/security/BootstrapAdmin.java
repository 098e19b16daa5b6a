package vn.qcdc.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the configured first administrator when no administrator exists yet (runs after the demo data). */
@Component
@Order(100)
class BootstrapAdmin implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final BootstrapAdminProperties properties;
  private final UserRepository users;
  private final PasswordEncoder encoder;

  BootstrapAdmin(BootstrapAdminProperties properties, UserRepository users, PasswordEncoder encoder) {
    this.properties = properties;
    this.users = users;
    this.encoder = encoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.anyWithRole(Role.ADMIN)) {
      return;
    }
    if (!properties.configured()) {
      LOG.warn("no administrator exists: set qcdc.bootstrap-admin.username and qcdc.bootstrap-admin.password");
      return;
    }
    users.insert(new AppUser(properties.username(), encoder.encode(properties.password()), Role.ADMIN, null, true));
    LOG.info("bootstrap administrator created username={}", properties.username());
  }
}
