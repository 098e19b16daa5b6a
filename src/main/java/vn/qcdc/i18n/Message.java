package vn.qcdc.i18n;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * A text for people as a key of the message bundles and its arguments. An argument may itself be a {@code Message}
 * (an enum's label, say {@code state.PARTIAL}): it is written in the same language. Pages write it with the
 * request's locale ({@code ${@messageSource.getMessage(m, #locale)}}); logs, the CLI and the JSON API get the
 * Vietnamese text, as everywhere else.
 */
public record Message(String key, List<Object> args) implements MessageSourceResolvable {

  public static final Locale VIETNAMESE = Texts.VIETNAMESE;

  public Message {
    args = List.copyOf(args);
  }

  /** Null arguments are written as the bundles' word for "none" ({@code none}). */
  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.stream(args).map(a -> a == null ? new Message("none", List.of()) : a).toList());
  }

  @Override
  public String[] getCodes() {
    return new String[] {key};
  }

  @Override
  public Object[] getArguments() {
    return args.toArray();
  }

  /** The text in {@code locale}'s language (Vietnamese unless English). */
  public String in(Locale locale) {
    return Texts.write(this, locale);
  }

  /** The Vietnamese text: what the CLI prints, the logs record and the JSON API answers. */
  @JsonValue
  @Override
  public String toString() {
    return in(Texts.VIETNAMESE);
  }
}
