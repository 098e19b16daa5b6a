package vn.qcdc.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/** The message bundles outside a request: the same bundles and number writing as the pages' message source. */
public final class Texts {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final MessageSource BUNDLES = BundleMessages.create();

  private Texts() {}

  /** {@code message} in {@code locale}'s language; a key missing from the bundles is a bug, and fails loudly. */
  public static String write(MessageSourceResolvable message, Locale locale) {
    return BUNDLES.getMessage(message, locale == null ? VIETNAMESE : locale);
  }
}
