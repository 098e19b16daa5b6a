package vn.qcdc.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;
import java.util.Objects;
import vn.qcdc.i18n.Message;

/**
 * One thing wrong with a dossier: the JSON path it concerns and a plain message. A problem worded in the message
 * bundles (the schema's and the JSON parser's) also keeps its {@code text}, so that the workbook reader can tell what
 * it says by its key and a page can write it in its own language; {@code message} stays the JSON API's text.
 */
public record DossierProblem(String path, String message, @JsonIgnore Message text) {

  /** The keys of the schema's problems that others tell apart: a missing field (also when a condition requires it). */
  public static final String MISSING_FIELD = "schema.missingField";
  public static final String MISSING_FIELD_WHEN = "schema.missingField.when";
  /** An empty list where at least one element is required. */
  public static final String EMPTY_LIST = "schema.minItems.one";

  public DossierProblem(String path, String message) {
    this(path, message, null);
  }

  /** A problem the JSON API says in English (as it always has): its text's English words. */
  static DossierProblem english(String path, Message text) {
    return new DossierProblem(path, text.in(Locale.ENGLISH), text);
  }

  /** A problem the JSON API says in Vietnamese with the English in brackets. */
  static DossierProblem bilingual(String path, Message text) {
    return new DossierProblem(path, text.in(Message.VIETNAMESE) + " (" + text.in(Locale.ENGLISH) + ")", text);
  }

  /** The key of the message bundles the problem is worded by, or null when it is plain text. */
  public String key() {
    return text == null ? null : text.key();
  }

  /** The message in {@code locale}'s language when worded in the bundles; as found otherwise. */
  public String message(Locale locale) {
    return text == null ? message : text.in(locale);
  }

  /** Two problems are the same when they say the same thing at the same path, however they were worded. */
  @Override
  public boolean equals(Object other) {
    return other instanceof DossierProblem p && Objects.equals(path, p.path) && Objects.equals(message, p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
