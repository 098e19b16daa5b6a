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

  /** One text, in force from the beginning. */
  public static LegalBases of(String text) {
    return new LegalBases(text == null ? List.of() : List.of(new LegalBasis(null, null, text)));
  }

  /** The texts in force on at least one day of [start, end], oldest first. */
  public List<LegalBasis> during(LocalDate start, LocalDate end) {
    return all.stream().filter(b -> b.appliesDuring(start, end)).toList();
  }

  /** Every text with its dates, as the catalogue lists it. */
  public String citeVi() {
    return citeVi(all);
  }

  /** Texts joined, each with its dates ("Đến 30/06/2025: …. Từ 01/07/2025: …"); null if there is none. */
  public static String citeVi(List<LegalBasis> bases) {
    return join(bases, true);
  }

  public static String citeEn(List<LegalBasis> bases) {
    return join(bases, false);
  }

  private static String join(List<LegalBasis> bases, boolean vi) {
    if (bases.isEmpty()) {
      return null;
    }
    return bases.stream().map(vi ? LegalBasis::citeVi : LegalBasis::citeEn).collect(Collectors.joining(". "));
  }
}
