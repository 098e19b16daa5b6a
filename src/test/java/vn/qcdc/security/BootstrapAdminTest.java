package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The first administrator comes from configuration, once, with a bcrypt-hashed password. */
class BootstrapAdminTest {

  static final PasswordPolicy POLICY = new PasswordPolicy(false);

  final UserRepository users = mock(UserRepository.class);
  final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

  @Test
  void createsTheConfiguredAdministratorWhenNoneExists() {
    when(users.anyWithRole(Role.ADMIN)).thenReturn(false);

    new BootstrapAdmin(new BootstrapAdminProperties("root", "a-long-password"), users, encoder, POLICY).run(null);

    ArgumentCaptor<AppUser> created = ArgumentCaptor.forClass(AppUser.class);
    verify(users).insert(created.capture());
    assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
    assertThat(created.getValue().passwordHash()).startsWith("$2a$");
    assertThat(encoder.matches("a-long-password", created.getValue().passwordHash())).isTrue();
  }

  @Test
  void createsNobodyWhenAnAdministratorExists() {
    when(users.anyWithRole(Role.ADMIN)).thenReturn(true);

    new BootstrapAdmin(new BootstrapAdminProperties("root", "a-long-password"), users, encoder, POLICY).run(null);

    verify(users, never()).insert(any());
  }

  @Test
  void createsNobodyWhenNothingIsConfigured() {
    when(users.anyWithRole(Role.ADMIN)).thenReturn(false);

    new BootstrapAdmin(new BootstrapAdminProperties("", ""), users, encoder, POLICY).run(null);

    verify(users, never()).insert(any());
  }
}
