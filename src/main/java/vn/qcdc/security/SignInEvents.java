package vn.qcdc.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts every password check of both sign-in paths for {@link SignInThrottle}: Spring Security publishes one event
 * per check, HTTP Basic and form alike, with the caller's address in the request's details.
 */
@Component
class SignInEvents {

  private final SignInThrottle throttle;

  SignInEvents(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Authentication attempt = event.getAuthentication();
    if (attempt.getDetails() instanceof WebAuthenticationDetails web) {
      throttle.failed(attempt.getName(), web.getRemoteAddress());
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    Authentication signedIn = event.getAuthentication();
    if (signedIn.getDetails() instanceof WebAuthenticationDetails web) {
      throttle.succeeded(signedIn.getName(), web.getRemoteAddress());
    }
  }
}
