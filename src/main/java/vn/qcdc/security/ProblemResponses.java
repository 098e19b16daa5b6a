package vn.qcdc.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.qcdc.web.ApiException;

/** 401 and 403 as {@code application/problem+json}, like every other refusal. */
final class ProblemResponses {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"qcdc\"");
      write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in required",
          "This endpoint needs a user name and password (HTTP Basic).");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
        "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
  }

  void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
      throws IOException {
    ProblemDetail problem = new ApiException(status, type, title, detail).toProblem();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
