package vn.qcdc.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the configured first administrator when no administrator exists yet (runs after the demo data). A
 * configured password that breaks the {@link PasswordPolicy} stops the start, before the service opens its port.
 */
@Component
@Order(100)
class BootstrapAdmin implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final BootstrapAdminProperties properties;
  private final UserRepository users;
  private final PasswordEncoder encoder;

  BootstrapAdmin(BootstrapAdminProperties properties, UserRepository users, PasswordEncoder encoder,
      PasswordPolicy policy) {
    this.properties = properties;
    this.users = users;
    this.encoder = encoder;
    if (properties.partlyConfigured()) {
      refuseWeak(properties, policy.violations(properties.username(), properties.password()));
    }
  }

  private static void refuseWeak(BootstrapAdminProperties properties, List<PasswordPolicy.Violation> violations) {
    if (properties.username() == null || properties.username().isBlank()) {
      throw new StartupRefusedException("qcdc.bootstrap-admin.password is set but qcdc.bootstrap-admin.username is"
          + " not (chưa đặt tên đăng nhập của quản trị viên đầu tiên).",
          "Set both qcdc.bootstrap-admin.username and qcdc.bootstrap-admin.password"
              + " (QCDC_BOOTSTRAPADMIN_USERNAME, QCDC_BOOTSTRAPADMIN_PASSWORD), or neither.");
    }
    if (violations.isEmpty()) {
      return;
    }
    throw new StartupRefusedException("The password of the first administrator (qcdc.bootstrap-admin.password) is"
        + " refused: " + join(violations, PasswordPolicy.Violation::en) + System.lineSeparator()
        + "Mật khẩu của quản trị viên đầu tiên bị từ chối: " + join(violations, PasswordPolicy.Violation::vi),
        "Set qcdc.bootstrap-admin.password (QCDC_BOOTSTRAPADMIN_PASSWORD) to a password of at least "
            + PasswordPolicy.MIN_LENGTH + " characters and at most " + PasswordPolicy.MAX_BYTES
            + " bytes that does not contain the user name (not a demo password ending in -demo).");
  }

  private static String join(List<PasswordPolicy.Violation> violations,
      java.util.function.Function<PasswordPolicy.Violation, String> text) {
    return violations.stream().map(text).collect(java.util.stream.Collectors.joining(" "));
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
