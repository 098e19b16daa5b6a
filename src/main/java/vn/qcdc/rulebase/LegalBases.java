package vn.qcdc.rulebase;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dated legal bases of a criterion or adjustment, in date order and without overlap (checked when the rule set
 * is loaded). A single undated text is the common case: it applies from the beginning and is cited as written.
 */
public record LegalBases(List<LegalBasis> all) {

  public LegalBases {
    all = List.copyOf(all);
  }

  /**
   * The same bases with each {@code {K02}} a text names replaced by the constant's value in force on the last day of
   * [start, end] the text applies to (what a finding of that period cites).
   */
  public LegalBases filled(Parameters parameters, LocalDate start, LocalDate end) {
    return new LegalBases(all.stream().map(b -> {
      LocalDate on = b.to() != null && b.to().isBefore(end) ? b.to() : end;
      String text = ConstantText.fill(b.text(), parameters, on);
      return text == b.text() ? b : new LegalBasis(b.from(), b.to(), text);
    }).toList());
  }

  /** The texts in force on at least one day of [start, end], oldest first. */
  public List<LegalBasis> during(LocalDate start, LocalDate end) {
    return all.stream().filter(b -> b.appliesDuring(start, end)).toList();
  }

  /**
   * The texts in force during [start, end], joined, each with the dates on which it starts or stops inside the
   * period ("Đến 30/06/2025: …. Từ 01/07/2025: …"); a text in force all through the period is cited as written.
   * Null if no text is in force. This is the {@code legalBasis} of a finding.
   */
  public String citeVi(LocalDate start, LocalDate end) {
    return join(during(start, end).stream().map(b -> b.within(start, end).citeVi()).toList());
  }

  public String citeEn(LocalDate start, LocalDate end) {
    return join(during(start, end).stream().map(b -> b.within(start, end).citeEn()).toList());
  }

  /** Every text with its dates, as the catalogue lists it. */
  public String citeVi() {
    return join(all.stream().map(LegalBasis::citeVi).toList());
  }

  private static String join(List<String> texts) {
    return texts.isEmpty() ? null : texts.stream().collect(Collectors.joining(". "));
  }
}
