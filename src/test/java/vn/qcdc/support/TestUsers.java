package vn.qcdc.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.annotation.PostConstruct;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.security.AppUser;
import vn.qcdc.security.Role;
import vn.qcdc.security.UserRepository;

/** One user per role (the chairman of Chí Minh, 11095) and the commune of the example dossier. */
@TestConfiguration
public class TestUsers {

  public static final String PASSWORD = "test-password";
  public static final String CHI_MINH = "11095";
  public static final String OTHER_COMMUNE = "11096";

  private final UserRepository users;
  private final CommuneRepository communes;
  private final PasswordEncoder encoder;

  TestUsers(UserRepository users, CommuneRepository communes, PasswordEncoder encoder) {
    this.users = users;
    this.communes = communes;
    this.encoder = encoder;
  }

  @PostConstruct
  void create() {
    if (communes.exists(CHI_MINH)) {
      return;
    }
    communes.insert(new Commune(CHI_MINH, "Chí Minh", "Hải Dương", UnitLevel.XA, false));
    communes.insert(new Commune(OTHER_COMMUNE, "Xã khác", "Hải Dương", UnitLevel.XA, false));
    for (Role role : Role.values()) {
      users.insert(new AppUser(role.name().toLowerCase(), encoder.encode(PASSWORD), role,
          role.ownCommuneOnly() ? CHI_MINH : null, true));
    }
  }

  public static RequestPostProcessor auditor() {
    return httpBasic("auditor", PASSWORD);
  }

  public static RequestPostProcessor legal() {
    return httpBasic("legal", PASSWORD);
  }

  public static RequestPostProcessor chairman() {
    return httpBasic("chairman", PASSWORD);
  }

  public static RequestPostProcessor officer() {
    return httpBasic("officer", PASSWORD);
  }

  public static RequestPostProcessor admin() {
    return httpBasic("admin", PASSWORD);
  }
}
