package vn.qcdc.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The page texts, whose numeric arguments are written by {@link PageFormats}: {@code MessageFormat} would group a year
 * ("năm 2.026") and write decimals with the server's separators.
 */
final class PageMessages extends ResourceBundleMessageSource {

  @Override
  protected Object[] resolveArguments(Object[] args, Locale locale) {
    Object[] resolved = super.resolveArguments(args, locale);
    if (resolved == null) {
      return null;
    }
    Object[] out = resolved.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof BigDecimal decimal) {
        out[i] = PageFormats.number(decimal, locale);
      } else if (out[i] instanceof Double || out[i] instanceof Float) {
        out[i] = PageFormats.number(BigDecimal.valueOf(((Number) out[i]).doubleValue()), locale);
      } else if (out[i] instanceof Number number) {
        out[i] = String.valueOf(number.longValue());
      } else if (out[i] instanceof LocalDate date) {
        out[i] = PageFormats.date(date);
      }
    }
    return out;
  }
}
