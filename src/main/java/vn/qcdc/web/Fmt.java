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

  public String signed(BigDecimal value) {
    return PageFormats.signed(value, LocaleContextHolder.getLocale());
  }

  /**
   * Where a stored version came from, in the page's language: sources stored before issue #12 begin with English
   * words ("workbook ho-so.xlsx", "upload", "demo: …"), newer ones with Vietnamese ones ("bảng tính", "tải lên").
   */
  public String source(String source) {
    if (source == null) {
      return "";
    }
    boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    String[][] words = {{"workbook", "bảng tính"}, {"upload", "tải lên"}, {"demo:", "dữ liệu mẫu:"},
        {"form:", "biểu mẫu:"}};
    for (String[] w : words) {
      String from = en ? w[1] : w[0];
      if (source.equals(from) || source.startsWith(from + " ")) {
        return (en ? w[0] : w[1]) + source.substring(from.length());
      }
    }
    return source;
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
