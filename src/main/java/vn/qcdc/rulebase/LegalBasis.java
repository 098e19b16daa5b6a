package vn.qcdc.rulebase;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One text of law a criterion or adjustment is judged against, with the days it applies.
 *
 * @param from the first day the text applies, or null for "from the beginning"
 * @param to the last day it applies, or null while it is still in force
 */
public record LegalBasis(LocalDate from, LocalDate to, String text) {

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Whether the text applies on at least one day of [start, end]. */
  public boolean appliesDuring(LocalDate start, LocalDate end) {
    return (from == null || !from.isAfter(end)) && (to == null || !to.isBefore(start));
  }

  /** The same text with only the dates that fall strictly inside [start, end]: what a finding of that period shows. */
  public LegalBasis within(LocalDate start, LocalDate end) {
    return new LegalBasis(from != null && from.isAfter(start) ? from : null, to != null && to.isBefore(end) ? to : null,
        text);
  }

  /** The text with its dates, in Vietnamese: "Từ 01/07/2025: …", "Đến 30/06/2025: …", or the bare text if undated. */
  public String citeVi() {
    String dates = from != null && to != null ? "Từ " + VI.format(from) + " đến " + VI.format(to)
        : from != null ? "Từ " + VI.format(from) : to != null ? "Đến " + VI.format(to) : null;
    return dates == null ? text : dates + ": " + text;
  }

  /** The text with its dates, in English: "From 01/07/2025: …", "Until 30/06/2025: …", or the bare text. */
  public String citeEn() {
    String dates = from != null && to != null ? "From " + VI.format(from) + " to " + VI.format(to)
        : from != null ? "From " + VI.format(from) : to != null ? "Until " + VI.format(to) : null;
    return dates == null ? text : dates + ": " + text;
  }
}
