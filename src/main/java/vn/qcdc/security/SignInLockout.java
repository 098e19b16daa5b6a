package vn.qcdc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The sign-in page's side of {@link SignInThrottle}: a refused or failed form sign-in goes back to
 * {@code /dang-nhap?bi-khoa} when the user is held back, and the page names the minutes left. The end of the wait
 * is kept in the session, not in the address, so that a link cannot make the page show a wait that is not there.
 */
public final class SignInLockout {

  static final String UNTIL = SignInLockout.class.getName() + ".until";

  private SignInLockout() {}

  /** After a wrong password: to the lockout message if this was the failure that started a refusal. */
  static AuthenticationFailureHandler failureHandler(SignInThrottle throttle) {
    return (request, response, exception) -> {
      Optional<Duration> wait = throttle.refusal(request.getParameter("username"), request.getRemoteAddr());
      if (wait.isPresent()) {
        redirect(request, response, wait.get());
      } else {
        response.sendRedirect(request.getContextPath() + "/dang-nhap?error");
      }
    };
  }

  static void redirect(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
    request.getSession().setAttribute(UNTIL, Instant.now().plus(wait));
    response.sendRedirect(request.getContextPath() + "/dang-nhap?bi-khoa");
  }

  /** The whole minutes left (at least 1) of the refusal this browser met; empty when there is none or it is over. */
  public static Optional<Long> minutesLeft(HttpSession session, Clock clock) {
    Object until = session == null ? null : session.getAttribute(UNTIL);
    if (!(until instanceof Instant end) || !clock.instant().isBefore(end)) {
      return Optional.empty();
    }
    long seconds = Duration.between(clock.instant(), end).toSeconds();
    return Optional.of(Math.max(1, (seconds + 59) / 60));
  }
}
