package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The first administrator's password passes the same policy as every other, or the service does not start. */
class BootstrapAdminPasswordTest {

  final UserRepository users = mock(UserRepository.class);
  final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

  @Test
  void aOneCharacterPasswordStopsTheStartWithTheRuleInBothLanguages() {
    assertThatThrownBy(() -> bootstrap("boss", "x"))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("qcdc.bootstrap-admin.password")
        .hasMessageContaining("The password must have at least 10 characters.")
        .hasMessageContaining("Mật khẩu phải có ít nhất 10 ký tự.")
        .satisfies(e -> assertThat(((StartupRefusedException) e).action())
            .contains("QCDC_BOOTSTRAPADMIN_PASSWORD", "at least 10 characters"));
    verifyNoInteractions(users);
  }

  @Test
  void aPasswordContainingTheUserNameStopsTheStart() {
    assertThatThrownBy(() -> bootstrap("boss", "the-boss-of-it-all"))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("must not contain the user name");
  }

  @Test
  void aDemoPasswordStopsTheStartWhenTheDemoIsOff() {
    assertThatThrownBy(() -> bootstrap("boss", "province-demo"))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("-demo");
  }

  @Test
  void aPasswordWithoutAUserNameStopsTheStart() {
    assertThatThrownBy(() -> bootstrap("", "a-long-password"))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("qcdc.bootstrap-admin.username");
  }

  @Test
  void aUserNameWithoutAPasswordStopsTheStart() {
    assertThatThrownBy(() -> bootstrap("boss", ""))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("A password is required.");
  }

  @Test
  void nothingConfiguredStartsAsBefore() {
    bootstrap("", "");

    verifyNoInteractions(users);
  }

  @Test
  void theRefusalIsReportedAsTheReasonAndWhatToDo() {
    StartupRefusedException refusal = new StartupRefusedException("why", "what to do");

    FailureAnalysis analysis = new StartupRefusalFailureAnalyzer().analyze(new IllegalStateException(refusal));

    assertThat(analysis.getDescription()).isEqualTo("why");
    assertThat(analysis.getAction()).isEqualTo("what to do");
  }

  private BootstrapAdmin bootstrap(String username, String password) {
    return new BootstrapAdmin(new BootstrapAdminProperties(username, password), users, encoder,
        new PasswordPolicy(false));
  }
}
