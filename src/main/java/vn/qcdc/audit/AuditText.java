package vn.qcdc.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an audit line says happened, in the page's language: every code (grade, state, role, level, what changed) by
 * its label from the message bundles, dates as dd/MM/yyyy.
 */
@Component
class AuditText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;

  AuditText(MessageSource messages) {
    this.messages = messages;
  }

  String kind(String kind, Locale locale) {
    return label("audit.kind." + kind, kind, locale);
  }

  String summary(AuditLine l, Locale locale) {
    return switch (l.kind()) {
      case "DOSSIER" -> msg("audit.summary.DOSSIER", locale, l.get("version"), l.get("source"));
      case "EVALUATION" -> msg("audit.summary.EVALUATION", locale, number(l.get("total"), locale),
          label("grade." + l.get("grade"), String.valueOf(l.get("grade")), locale));
      case "APPRAISAL" -> msg("audit.summary.APPRAISAL", locale, l.get("criterion"), number(l.get("points"), locale),
          l.get("reason"));
      case "RULE_SET" -> msg("audit.summary.RULE_SET", locale, shortHash(l.get("hash")), l.get("reason"));
      case "YEAR_EVENT" -> msg("audit.summary.YEAR_EVENT", locale,
          label("audit.action." + l.get("action"), String.valueOf(l.get("action")), locale),
          label("state.year." + l.get("stateBefore"), String.valueOf(l.get("stateBefore")), locale),
          label("state.year." + l.get("stateAfter"), String.valueOf(l.get("stateAfter")), locale));
      case "USER" -> msg("audit.summary.USER", locale, l.get("username"), changes(l.get("whatChanged"), locale),
          label("role." + l.get("role"), String.valueOf(l.get("role")), locale));
      case "COMMUNE" -> l.get("predecessorCode") != null
          ? msg("audit.summary.MERGER", locale, l.get("predecessorCode"), l.get("communeCode"),
              day(l.get("effectiveDate")))
          : msg("audit.summary.COMMUNE", locale, l.get("communeCode"), l.get("name"),
              changes(l.get("whatChanged"), locale));
      default -> l.content().isEmpty() ? msg("audit.summary.gone", locale) : "";
    };
  }

  /** "role, password" → "vai trò, mật khẩu": each part by its label, the whole phrase first. */
  private String changes(Object whatChanged, Locale locale) {
    String text = String.valueOf(whatChanged);
    String whole = messages.getMessage(key(text), null, null, locale);
    if (whole != null) {
      return whole;
    }
    return Arrays.stream(text.split(", ")).map(part -> label(key(part), part, locale))
        .collect(Collectors.joining(", "));
  }

  private static String key(String change) {
    return "audit.change." + change.strip().replace(' ', '-');
  }

  private String label(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, Arrays.stream(args).map(a -> a == null ? "—" : a.toString()).toArray(), locale);
  }

  /** A logged number as the page's language writes it: "72,68" in Vietnamese, "72.68" in English. */
  private static String number(Object n, Locale locale) {
    String plain = n instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(n);
    return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
  }

  private static String shortHash(Object hash) {
    String h = String.valueOf(hash);
    return h.length() > 12 ? h.substring(0, 12) : h;
  }

  private static String day(Object isoDate) {
    try {
      return LocalDate.parse(String.valueOf(isoDate)).format(DAY);
    } catch (java.time.format.DateTimeParseException e) {
      return String.valueOf(isoDate);
    }
  }
}
