package vn.qcdc.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one password policy of the service, for every path that sets a password: a user created or changed over the
 * API and the bootstrap administrator. (The demo users of the demo data are the one exception: their passwords are
 * published in the README.)
 */
public final class PasswordPolicy {

  /** Shortest password accepted, in characters. */
  static final int MIN_LENGTH = 10;
  /** Longest password accepted, in UTF-8 bytes: bcrypt reads no further, and refuses longer input. */
  static final int MAX_BYTES = 72;
  private static final String DEMO_SUFFIX = "-demo";

  private final boolean demo;

  /** @param demo whether the demo data is on ({@code qcdc.demo.enabled}); only then are demo passwords accepted */
  public PasswordPolicy(boolean demo) {
    this.demo = demo;
  }

  /** One rule a password breaks, in Vietnamese for pages and logs and in English for the API's problem texts. */
  public record Violation(String code, String vi, String en) {}

  /** Every rule the password breaks for this user name; empty when it is accepted. */
  public List<Violation> violations(String username, String password) {
    List<Violation> found = new ArrayList<>();
    if (password == null || password.isBlank()) {
      found.add(new Violation("required", "Cần có mật khẩu.", "A password is required."));
      return found;
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      found.add(new Violation("too-short", "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.",
          "The password must have at least " + MIN_LENGTH + " characters."));
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      found.add(new Violation("too-long", "Mật khẩu dài quá " + MAX_BYTES + " byte (UTF-8).",
          "The password must not be longer than " + MAX_BYTES + " bytes in UTF-8 (bcrypt reads no further)."));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      found.add(new Violation("contains-username", "Mật khẩu không được chứa tên đăng nhập.",
          "The password must not contain the user name."));
    }
    if (!demo && lower.endsWith(DEMO_SUFFIX)) {
      found.add(new Violation("demo-password",
          "Mật khẩu dạng “…-demo” chỉ dùng cho dữ liệu minh họa, không dùng khi đã tắt dữ liệu minh họa.",
          "Demo passwords (ending in -demo) are refused when the demo data is off."));
    }
    return found;
  }

  /**
   * Refuses a password that breaks the policy, as {@code 422 application/problem+json} naming every rule broken
   * under {@code $.password}.
   */
  public void require(String username, String password) {
    require(username, password, "password");
  }

  /** As {@link #require(String, String)}, naming the form's or request's field that holds the password. */
  void require(String username, String password, String field) {
    List<Violation> found = violations(username, password);
    if (!found.isEmpty()) {
      throw new WeakPasswordException(field, found);
    }
  }
}
