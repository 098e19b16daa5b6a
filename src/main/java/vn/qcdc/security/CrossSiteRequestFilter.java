package vn.qcdc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing API requests that a browser marks as coming from another site ({@code Sec-Fetch-Site}).
 * The API is exempt from CSRF tokens because it is stateless and authenticated per request; this closes the one
 * remaining path, a browser replaying cached Basic credentials on a forged cross-site form.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final ProblemResponses problems;

  CrossSiteRequestFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String site = request.getHeader("Sec-Fetch-Site");
    if (!SAFE.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/")
        && ("cross-site".equals(site) || "same-site".equals(site))) {
      problems.write(response, HttpStatus.FORBIDDEN, "cross-site-request", "Cross-site request refused",
          "The API does not accept state-changing requests sent by a browser from another site.");
      return;
    }
    chain.doFilter(request, response);
  }
}
