package vn.qcdc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a user whose password was set by an administrator (a one-time password) until they chose their own:
 * every page leads to {@code /doi-mat-khau} (only it, sign-out and the style sheets stay open), and the API answers
 * {@code 403 password-change-required}. Enforced here, in the security chains, not only by the pages' links.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

  static final String PAGE = "/doi-mat-khau";
  private static final Set<String> OPEN = Set.of(PAGE, "/dang-xuat", "/dang-nhap", "/error", "/favicon.ico");

  private final ProblemResponses problems;

  private PasswordChangeGate(ProblemResponses problems) {
    this.problems = problems;
  }

  static PasswordChangeGate api(ProblemResponses problems) {
    return new PasswordChangeGate(problems);
  }

  static PasswordChangeGate pages() {
    return new PasswordChangeGate(null);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean held = auth != null && auth.getPrincipal() instanceof SignedInUser user && user.mustChangePassword();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!held || OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/")
        || path.startsWith("/webjars/")) {
      chain.doFilter(request, response);
    } else if (problems != null) {
      problems.write(response, HttpStatus.FORBIDDEN, "password-change-required", "Password change required",
          "The password was set by an administrator: sign in at " + PAGE + " in the browser and choose your own"
              + " first. (Mật khẩu do quản trị viên cấp: hãy đăng nhập trên trình duyệt và đổi mật khẩu trước.)");
    } else {
      String lang = request.getParameter("lang"); // a language chosen on the way keeps working on the page
      response.sendRedirect(request.getContextPath() + PAGE
          + (lang != null && lang.matches("[a-z]{2}") ? "?lang=" + lang : ""));
    }
  }
}
