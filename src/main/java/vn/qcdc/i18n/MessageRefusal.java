package vn.qcdc.i18n;

import java.util.Locale;

/**
 * Input refused for a reason worded in the message bundles: {@link #getMessage()} is the Vietnamese text (logs, API);
 * a page writes {@link #in(Throwable, Locale)} in its own language.
 */
public class MessageRefusal extends IllegalArgumentException implements Worded {

  private final transient Message text;

  public MessageRefusal(Message text) {
    this(text, null);
  }

  public MessageRefusal(Message text, Throwable cause) {
    super(text.toString(), cause);
    this.text = text;
  }

  @Override
  public Message text() {
    return text;
  }

  /** What {@code e} says in {@code locale}'s language when worded in the bundles; its message otherwise. */
  public static String in(Throwable e, Locale locale) {
    return e instanceof Worded w && w.text() != null ? w.text().in(locale) : e.getMessage();
  }
}
