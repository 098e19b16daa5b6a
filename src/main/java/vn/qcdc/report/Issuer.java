package vn.qcdc.report;

import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.evaluation.Evaluation;

/**
 * The People's Committee that issues the report: the commune's name and level (for "ỦY BAN NHÂN DÂN / XÃ CHÍ MINH"
 * and the place in the date line), and its district and province when known.
 */
public record Issuer(String communeName, UnitLevel level, String district, String province) {

  public Issuer {
    communeName = Vietnamese.nfc(communeName).strip();
    level = level == null ? UnitLevel.XA : level;
    district = blankToNull(district);
    province = blankToNull(province);
  }

  /** The issuer described by the dossier's commune section. */
  public static Issuer of(Commune commune) {
    return new Issuer(commune.name(), commune.level(), commune.district(), commune.province());
  }

  /** The issuer known only from the evaluation: a commune (xã) of that name, district and province unknown. */
  public static Issuer of(Evaluation evaluation) {
    return new Issuer(evaluation.communeName(), UnitLevel.XA, null, null);
  }

  /** The level in lower case, as in running text: "xã", "phường", "thị trấn", "đặc khu". */
  public String levelName() {
    return Wording.VIETNAMESE.level(level);
  }

  /** The second line of the issuing body, e.g. "XÃ CHÍ MINH". */
  public String agencyLine() {
    return Wording.VIETNAMESE.agencyLine(this);
  }

  /** The committee in running text, e.g. "Ủy ban nhân dân xã Chí Minh". */
  public String committee() {
    return Wording.VIETNAMESE.committee(this);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : Vietnamese.nfc(s).strip();
  }
}
