package vn.qcdc.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles (messages.properties is Vietnamese), whose numeric arguments are written as the pages write
 * them: {@code MessageFormat} would group a year ("năm 2.026") and write decimals with the server's separators. The
 * pages' message source and {@link Texts} (outside a request) are both made here.
 */
public final class BundleMessages extends ResourceBundleMessageSource {

  /** Every basename of the bundles; a feature may add its own. */
  public static final String[] BASENAMES = {"messages", "messages-lifecycle", "messages-pages", "messages-admin",
      "messages-workbench", "messages-problems", "messages-report",
      "messages-workbook"};

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private BundleMessages() {}

  /** The bundles; never the machine's locale as fallback (an English server would show en). */
  public static MessageSource create() {
    BundleMessages messages = new BundleMessages();
    messages.setBasenames(BASENAMES);
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** A decimal as the page's language writes it, without grouping: {@code 76,74} in Vietnamese, {@code 76.74} else. */
  public static String number(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    String plain = value.toPlainString();
    return "en".equals(locale == null ? null : locale.getLanguage()) ? plain : plain.replace('.', ',');
  }

  /** A day as every page writes it, dd/MM/yyyy. */
  public static String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  @Override
  protected Object[] resolveArguments(Object[] args, Locale locale) {
    Object[] resolved = super.resolveArguments(args, locale);
    if (resolved == null) {
      return null;
    }
    Object[] out = resolved.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof BigDecimal decimal) {
        out[i] = number(decimal, locale);
      } else if (out[i] instanceof Double || out[i] instanceof Float) {
        out[i] = number(BigDecimal.valueOf(((Number) out[i]).doubleValue()), locale);
      } else if (out[i] instanceof Number number) {
        out[i] = String.valueOf(number.longValue());
      } else if (out[i] instanceof Count count) {
        out[i] = count.in(locale);
      } else if (out[i] instanceof LocalDate date) {
        out[i] = date(date);
      }
    }
    return out;
  }
}
