package vn.qcdc.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.qcdc.i18n.Message;

/** A request the service refuses for a known reason; rendered as {@code application/problem+json}. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final Message titleText;
  private final Message detailText;

  public ApiException(HttpStatus status, String type, String title, String detail) {
    this(status, type, title, detail, null, null);
  }

  private ApiException(HttpStatus status, String type, String title, String detail, Message titleText,
      Message detailText) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.titleText = titleText;
    this.detailText = detailText;
  }

  /**
   * A refusal worded in the message bundles. The JSON problem keeps the API's style (an English title, a detail in
   * Vietnamese with the English in brackets); a page shows {@link #title(Locale)} and {@link #detail(Locale)}, all in
   * the page's language.
   */
  public static ApiException of(HttpStatus status, String type, Message title, Message detail) {
    return new ApiException(status, type, title.in(Locale.ENGLISH),
        detail.in(Message.VIETNAMESE) + " (" + detail.in(Locale.ENGLISH) + ")", title, detail);
  }

  /** The title in {@code locale}'s language when worded in the bundles; the API's title otherwise. */
  public String title(Locale locale) {
    return titleText == null ? title : titleText.in(locale);
  }

  /** The detail in {@code locale}'s language when worded in the bundles; the API's detail otherwise. */
  public String detail(Locale locale) {
    return detailText == null ? getMessage() : detailText.in(locale);
  }

  /**
   * {@code what} (the English name of a kind of thing: "Dossier", "Rule set version") with {@code id} does not exist;
   * worded in the bundles ({@code api.thing.*}) when the kind is known there, in English otherwise.
   */
  public static ApiException notFound(String what, Object id) {
    try {
      Message thing = Message.of("api.thing." + java.util.Arrays.stream(what.split(" "))
          .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
          .collect(java.util.stream.Collectors.joining()));
      return of(HttpStatus.NOT_FOUND, "not-found", Message.of("api.notFound.title", thing),
          Message.of("api.notFound", thing, String.valueOf(id)));
    } catch (NoSuchMessageException e) {
      return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found",
          what + " " + id + " does not exist");
    }
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
