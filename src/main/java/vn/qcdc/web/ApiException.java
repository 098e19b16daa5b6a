package vn.qcdc.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request the service refuses for a known reason; rendered as {@code application/problem+json}. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public ApiException(HttpStatus status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ApiException notFound(String what, Object id) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found", what + " " + id + " does not exist");
  }

  public static ApiException conflict(String type, String title, String detail) {
    return new ApiException(HttpStatus.CONFLICT, type, title, detail);
  }

  public static ApiException unprocessable(String type, String title, String detail) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, type, title, detail);
  }

  public static ApiException badRequest(String type, String title, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, type, title, detail);
  }

  /** Adds a member to the problem, e.g. the id of the existing record a duplicate collides with. */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public ProblemDetail toProblem() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setType(Problems.type(type));
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    return problem;
  }

  /** Problem type URIs of this service. */
  public static final class Problems {

    private Problems() {}

    public static URI type(String slug) {
      return URI.create("urn:qcdc:problem:" + slug);
    }
  }
}
