package vn.qcdc.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.i18n.Message;
import vn.qcdc.dossier.InvalidDossierException;

/**
 * Turns every refusal of an API call into {@code application/problem+json} (RFC 9457) naming the failing fields; a
 * refused browser page instead gets the application's error page in the user's language (the container's error
 * dispatch renders {@code error.html} with the status).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  private final MultipartProperties multipart;

  ProblemHandler(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e, WebRequest request) {
    if (!isApi(request)) {
      return errorPage(request, e.status());
    }
    return refused(e);
  }

  private static ResponseEntity<ProblemDetail> refused(ApiException e) {
    return ResponseEntity.status(e.status()).body(e.toProblem());
  }

  /**
   * A browser page: the status goes to the container's error dispatch, which renders the error page; returning no
   * entity leaves the response to it.
   */
  private static <T> ResponseEntity<T> errorPage(WebRequest request, HttpStatusCode status) {
    if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
      try {
        servlet.getResponse().sendError(status.value());
        return null;
      } catch (java.io.IOException e) {
        LOG.debug("could not send the error page: {}", e.toString());
      }
    }
    return ResponseEntity.status(status).build();
  }

  /** An invalid dossier: wrong encoding and malformed JSON are told apart from schema and cross-record problems. */
  @ExceptionHandler(InvalidDossierException.class)
  ResponseEntity<ProblemDetail> invalidDossier(InvalidDossierException e, WebRequest request) {
    if (!isApi(request)) {
      return errorPage(request, HttpStatus.UNPROCESSABLE_ENTITY);
    }
    List<DossierProblem> problems = e.problems();
    String first = problems.isEmpty() ? "" : problems.get(0).message();
    ApiException refusal;
    if (first.startsWith("file is not UTF-8")) {
      refusal = ApiException.badRequest("dossier-encoding", "The dossier is not UTF-8 text", first);
    } else if (first.startsWith("malformed JSON")) {
      refusal = ApiException.badRequest("malformed-dossier", "The dossier is not well-formed JSON", first);
    } else {
      refusal = ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-dossier",
          Message.of("api.dossier.invalid.title"), e.omitted() > 0
              ? Message.of("api.dossier.invalidListed", e.total(), e.listed().size())
              : Message.of("api.dossier.invalid", e.total()));
    }
    refusal.with("problemCount", e.total());
    refusal.with("problems", problems.stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
    return refused(refusal);
  }

  /** A second writer won a unique key (duplicate upload, concurrent append): nothing was written. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, WebRequest request) {
    LOG.warn("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    if (!isApi(request)) {
      return errorPage(request, HttpStatus.CONFLICT);
    }
    return refused(ApiException.conflict("conflict", "Conflicting change",
        "The change collides with a record written at the same time; nothing was stored. Retry."));
  }

  /** Anything unexpected: logged with its stack trace, answered without internals; transactions were rolled back. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e;
    }
    if (e instanceof org.springframework.web.server.ResponseStatusException status && !isApi(request)) {
      return errorPage(request, status.getStatusCode());
    }
    LOG.error("unexpected error", e);
    if (!isApi(request)) {
      return errorPage(request, HttpStatus.INTERNAL_SERVER_ERROR);
    }
    return refused(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error",
        "The service failed unexpectedly; nothing was stored. The log has the details."));
  }

  /** Spring MVC's own refusals (a missing parameter, an unknown page, a wrong method): HTML for browser pages. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (!isApi(request)) {
      return errorPage(request, statusCode);
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ex.getBody();
    problem.setType(ApiException.Problems.type("invalid-request"));
    problem.setDetail("The request has " + ex.getErrorCount() + " invalid field(s); see 'problems'");
    problem.setProperty("problems", ex.getFieldErrors().stream()
        .map(f -> Map.of("path", "$." + f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /**
   * A body that is not the JSON expected. An unknown value of a fixed list (a role, a level) names the field and the
   * values accepted, in English and Vietnamese, rather than Spring's bare "Failed to read request".
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(ApiException.Problems.type("invalid-request"));
    if (ex.getCause() instanceof InvalidFormatException bad && bad.getTargetType() != null
        && bad.getTargetType().isEnum()) {
      String path = "$" + bad.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
          : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining());
      String accepted = java.util.Arrays.stream(bad.getTargetType().getEnumConstants()).map(Object::toString)
          .collect(java.util.stream.Collectors.joining(", "));
      String value = String.valueOf(bad.getValue());
      problem.setTitle("Unknown value");
      problem.setDetail("Unknown value '" + value + "' at " + path + "; accepted: " + accepted + ".");
      problem.setProperty("problems", List.of(Map.of("path", path,
          "message", "unknown value '" + value + "'; one of " + accepted,
          "messageVi", "giá trị không hợp lệ '" + value + "'; chỉ nhận một trong: " + accepted)));
    } else {
      problem.setTitle("Unreadable request");
      problem.setDetail("The request body is not the JSON this endpoint expects (Nội dung yêu cầu không phải JSON"
          + " hợp lệ).");
    }
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (!isApi(request)) {
      return backToPage(request, multipart.getMaxFileSize().toMegabytes());
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "The upload is larger than the service accepts (a file of " + multipart.getMaxFileSize().toMegabytes()
            + " MB, a request of " + multipart.getMaxRequestSize().toMegabytes() + " MB at most; "
            + "spring.servlet.multipart.max-file-size and max-request-size). Nothing was stored.");
    problem.setType(ApiException.Problems.type("too-large"));
    problem.setTitle("Upload too large");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
  }

  /** Whether the refused request was an API call (the size check may run while the container shows /error). */
  private static boolean isApi(WebRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    String uri = original != null ? original.toString()
        : request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/api/";
    return uri.startsWith("/api/");
  }

  /**
   * A browser form that sent too large a file goes back to the page it came from, which says so ({@code qua-lon}
   * in the layout), instead of receiving JSON.
   */
  private static ResponseEntity<Object> backToPage(WebRequest request, long megabytes) {
    String path = "/";
    String referer = request.getHeader(HttpHeaders.REFERER);
    if (referer != null) {
      try {
        URI from = URI.create(referer);
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && host.equals(from.getAuthority()) && from.getRawPath() != null) {
          path = from.getRawPath();
        }
      } catch (IllegalArgumentException e) {
        LOG.debug("unreadable Referer {}", referer);
      }
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path + "?qua-lon=" + megabytes)).build();
  }
}
