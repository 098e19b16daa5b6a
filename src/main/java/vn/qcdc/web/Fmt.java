package vn.qcdc.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@link PageFormats} for templates, in the request's language: {@code ${@fmt.signed(x)}}, {@code ${@fmt.num(x)}}. */
@Component("fmt")
public class Fmt {

  public String num(BigDecimal value) {
    return PageFormats.number(value, LocaleContextHolder.getLocale());
  }

  public String signed(BigDecimal value) {
    return PageFormats.signed(value, LocaleContextHolder.getLocale());
  }

  public String date(LocalDate value) {
    return PageFormats.date(value);
  }
}
