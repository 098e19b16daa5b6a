package vn.qcdc.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit page's filter as typed in the address ({@code xa}, {@code nam}, {@code loai}, {@code nguoi}, {@code tu},
 * {@code den}, dates as dd/MM/yyyy): parsed into an {@link AuditFilter}, with a message key per field that cannot
 * be read (that part of the filter is then left out, never a 500).
 */
record AuditQuery(AuditFilter filter, Map<String, String> errors) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  static AuditQuery parse(Map<String, String> params, List<String> kinds) {
    Map<String, String> errors = new LinkedHashMap<>();
    String commune = blankToNull(params.get("xa"));
    String kind = blankToNull(params.get("loai"));
    if (kind != null && !kinds.contains(kind)) {
      errors.put("loai", "audit.error.kind");
      kind = null;
    }
    Integer year = null;
    String y = blankToNull(params.get("nam"));
    if (y != null) {
      if (y.matches("\\d{4}")) {
        year = Integer.valueOf(y);
      } else {
        errors.put("nam", "audit.error.year");
      }
    }
    LocalDate from = day(params.get("tu"), "tu", errors);
    LocalDate to = day(params.get("den"), "den", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("den", "audit.error.order");
      to = null;
    }
    return new AuditQuery(new AuditFilter(commune, year, kind, blankToNull(params.get("nguoi")), from, to), errors);
  }

  static String format(LocalDate day) {
    return day == null ? "" : day.format(DAY);
  }

  private static LocalDate day(String text, String field, Map<String, String> errors) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t, DAY);
    } catch (DateTimeParseException e) {
      errors.put(field, "audit.error.date");
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
