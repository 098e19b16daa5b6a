package vn.qcdc.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import vn.qcdc.i18n.Message;

/**
 * A change refused for reasons tied to its fields, each said in Vietnamese and English: the API answers with one
 * problem per field ({@code path}, {@code message}, {@code messageVi}), a page shows each next to its field.
 */
public class FieldRefusal extends ApiException {

  /** One field's problem; {@code field} is the request's property name (the page's input name). */
  public record Problem(String field, String vi, String en) {

    /** A problem worded in the message bundles, carried in both languages. */
    public static Problem of(String field, Message text) {
      return new Problem(field, text.in(Message.VIETNAMESE), text.in(Locale.ENGLISH));
    }

    /** The message in the page's language: English for {@code en}, Vietnamese otherwise. */
    public String in(Locale locale) {
      return "en".equals(locale.getLanguage()) ? en : vi;
    }
  }

  private final List<Problem> problems;

  public FieldRefusal(HttpStatus status, String type, String title, List<Problem> problems) {
    super(status, type, title, problems.stream().map(Problem::en).collect(Collectors.joining(" ")));
    this.problems = List.copyOf(problems);
    with("problems", problems.stream()
        .map(p -> Map.of("path", "$." + p.field(), "message", p.en(), "messageVi", p.vi())).toList());
    if (!problems.isEmpty()) {
      with("path", "$." + problems.get(0).field()); // the first field, as single-field refusals always named it
    }
  }

  /** A 422 refusal of one or more fields. */
  public static FieldRefusal invalid(List<Problem> problems) {
    return new FieldRefusal(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request", "Invalid request", problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Each field's messages in the page's language, joined per field, for the page's field errors. */
  public Map<String, String> byField(Locale locale) {
    return problems.stream().collect(Collectors.toMap(Problem::field, p -> p.in(locale), (a, b) -> a + " " + b,
        java.util.LinkedHashMap::new));
  }
}
