package vn.qcdc.rulebase;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;
import vn.qcdc.i18n.Message;

/**
 * One thing wrong with a rule set: the file (relative to the rules folder), the line and column (0 if none) and a
 * plain message. A problem made from the message bundles also keeps its {@code text}, so that a page writes it in its
 * own language; {@code message} is then that text in Vietnamese (the CLI, the logs and the JSON API).
 */
public record RuleSetProblem(String file, int line, int column, String message, @JsonIgnore Message text) {

  public RuleSetProblem(String file, int line, int column, String message) {
    this(file, line, column, message, null);
  }

  public RuleSetProblem(String file, int line, String message) {
    this(file, line, 0, message);
  }

  /** A problem whose words are {@code text} of the message bundles. */
  public static RuleSetProblem of(String file, int line, Message text) {
    return of(file, line, 0, text);
  }

  /** A problem at a line and column whose words are {@code text} of the message bundles. */
  public static RuleSetProblem of(String file, int line, int column, Message text) {
    return new RuleSetProblem(file, line, column, text.toString(), text);
  }

  /** The message in {@code locale}'s language when it comes from the bundles; as found otherwise. */
  public String message(Locale locale) {
    return text == null ? message : text.in(locale);
  }

  /** "file:line: message" in {@code locale}'s language. */
  public String in(Locale locale) {
    return where() + ": " + message(locale);
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }

  private String where() {
    String at = line <= 0 ? "" : column > 0 ? ":" + line + ":" + column : ":" + line;
    return file + at;
  }
}
