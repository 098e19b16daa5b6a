package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One password policy: length, not the user name, no demo password outside the demo. */
class PasswordPolicyTest {

  final PasswordPolicy production = new PasswordPolicy(false);
  final PasswordPolicy demo = new PasswordPolicy(true);

  @Test
  void aPasswordOfTenCharactersNotContainingTheUserNameIsAccepted() {
    assertThat(production.violations("chairman", "0123456789")).isEmpty();
    assertThat(production.violations("chairman", "Mật khẩu dài")).isEmpty();
  }

  @Test
  void aPasswordOfNineCharactersIsRefused() {
    assertThat(codes("chairman", "012345678")).containsExactly("too-short");
    assertThat(codes("chairman", "x")).containsExactly("too-short");
  }

  @Test
  void anEmptyOrBlankPasswordIsRefusedAsMissing() {
    assertThat(codes("chairman", null)).containsExactly("required");
    assertThat(codes("chairman", "")).containsExactly("required");
    assertThat(codes("chairman", "            ")).containsExactly("required");
  }

  @Test
  void aPasswordLongerThanBcryptReadsIsRefused() {
    String seventyTwoBytes = "a".repeat(72);
    String vietnamese = "ệ".repeat(25);

    assertThat(production.violations("chairman", seventyTwoBytes)).isEmpty();
    assertThat(codes("chairman", seventyTwoBytes + "b")).containsExactly("too-long");
    assertThat(codes("chairman", vietnamese)).containsExactly("too-long");
  }

  @Test
  void aPasswordEqualToOrContainingTheUserNameInAnyCaseIsRefused() {
    assertThat(codes("chairman", "chairman")).containsExactly("too-short", "contains-username");
    assertThat(codes("chairman", "MyChairman2025!")).containsExactly("contains-username");
    assertThat(codes("admin", "ADMIN-password")).containsExactly("contains-username");
  }

  @Test
  void demoPasswordsAreRefusedOnlyWhenTheDemoIsOff() {
    assertThat(codes("boss", "province-demo")).containsExactly("demo-password");
    assertThat(codes("boss", "Province-DEMO")).containsExactly("demo-password");
    assertThat(demo.violations("boss", "province-demo")).isEmpty();
  }

  @Test
  void everyRuleBrokenIsNamedInVietnameseAndEnglish() {
    var violations = production.violations("admin", "admin-demo");

    assertThat(violations).extracting(PasswordPolicy.Violation::code)
        .containsExactly("contains-username", "demo-password");
    assertThat(violations.get(0).vi()).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
    assertThat(violations.get(0).en()).isEqualTo("The password must not contain the user name.");
  }

  @Test
  void requireRefusesWithA422Problem() {
    assertThatThrownBy(() -> production.require("chairman", "short"))
        .isInstanceOf(WeakPasswordException.class)
        .satisfies(e -> assertThat(((WeakPasswordException) e).status().value()).isEqualTo(422));
  }

  private java.util.List<String> codes(String username, String password) {
    return production.violations(username, password).stream().map(PasswordPolicy.Violation::code).toList();
  }
}
