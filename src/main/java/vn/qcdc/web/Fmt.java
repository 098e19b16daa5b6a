package vn.qcdc.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.qcdc.dossier.EnumLabels;
import org.springframework.stereotype.Component;

/** {@link PageFormats} for templates, in the request's language: {@code ${@fmt.signed(x)}}, {@code ${@fmt.num(x)}}. */
@Component("fmt")
public class Fmt {

  public String num(BigDecimal value) {
    return PageFormats.number(value, LocaleContextHolder.getLocale());
  }

  /** A number without trailing zeros, with the language's decimal mark: a threshold "≥ 90", "≥ 7,5". */
  public String plain(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? plain : plain.replace('.', ',');
  }

  public String signed(BigDecimal value) {
    return PageFormats.signed(value, LocaleContextHolder.getLocale());
  }

  /** Where a stored version came from, in the page's language ({@link VersionSource}). */
  public String source(String source) {
    return VersionSource.of(source, LocaleContextHolder.getLocale());
  }

  /**
   * A result's Vietnamese sentence with the format's enumeration values named by their labels (a rule worded a check
   * with {@code FATHERLAND_FRONT}; the page says "Ủy ban MTTQ Việt Nam xã"). Stored results stay as the engine wrote
   * them; only what is shown changes.
   */
  public String labels(String text) {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? text : EnumLabels.vi(text);
  }

  public String date(LocalDate value) {
    return PageFormats.date(value);
  }
}
