package vn.qcdc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in that {@link SignInThrottle} holds back before any password is checked, so the right password is
 * refused too while it lasts: the API answers {@code 429} problem+json with {@code Retry-After}; the sign-in form
 * goes back to the sign-in page, which names the wait in Vietnamese ({@link SignInLockout}).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;
  private final ProblemResponses problems;
  private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

  private SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  /** Before HTTP Basic: every API request that carries credentials. */
  static SignInThrottleFilter api(SignInThrottle throttle, ProblemResponses problems) {
    return new SignInThrottleFilter(throttle, problems);
  }

  /** Before the form sign-in: {@code POST /dang-nhap}. */
  static SignInThrottleFilter form(SignInThrottle throttle) {
    return new SignInThrottleFilter(throttle, null);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> username = problems != null ? basicUser(request) : formUser(request);
    Optional<Duration> wait = username.flatMap(u -> throttle.refusal(u, request.getRemoteAddr()));
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
    } else if (problems != null) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "Too many failed sign-ins",
          "Signing in is refused for " + seconds + " more second(s) after repeated wrong passwords, even with the"
              + " right one. (Đăng nhập tạm thời bị khóa vì nhập sai mật khẩu nhiều lần.)");
    } else {
      SignInLockout.redirect(request, response, wait.get());
    }
  }

  private Optional<String> basicUser(HttpServletRequest request) {
    try {
      UsernamePasswordAuthenticationToken token = basic.convert(request);
      return token == null ? Optional.empty() : Optional.of(token.getName());
    } catch (AuthenticationException malformed) {
      return Optional.empty(); // the Basic filter answers 401 to a malformed header
    }
  }

  private static Optional<String> formUser(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || !(request.getContextPath() + "/dang-nhap").equals(request.getRequestURI())) {
      return Optional.empty();
    }
    return Optional.ofNullable(request.getParameter("username"));
  }
}
