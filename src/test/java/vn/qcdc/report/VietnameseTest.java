package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.dossier.facts.UnitLevel;

/** The Vietnamese wording shared by the reports. */
class VietnameseTest {

  @Test
  void dateLinePadsDaysBelowTenAndMonthsBelowThreeAsTheDecreeAsks() {
    assertThat(Wording.VIETNAMESE.placeAndDate("Chí Minh", LocalDate.of(2026, 2, 5)))
        .isEqualTo("Chí Minh, ngày 05 tháng 02 năm 2026");
    assertThat(Wording.VIETNAMESE.placeAndDate("Hưng Đạo", LocalDate.of(2024, 3, 15)))
        .isEqualTo("Hưng Đạo, ngày 15 tháng 3 năm 2024");
  }

  @Test
  void numbersUseADecimalCommaAndDeductionsATrueMinus() {
    assertThat(Wording.VIETNAMESE.number(new BigDecimal("76.74"))).isEqualTo("76,74");
    assertThat(Wording.VIETNAMESE.number(new BigDecimal("1.5"))).isEqualTo("1,50");
    assertThat(Wording.VIETNAMESE.signed(new BigDecimal("-2"))).isEqualTo("−2,00");
    assertThat(Wording.VIETNAMESE.signed(new BigDecimal("1"))).isEqualTo("+1,00");
  }

  @Test
  void issuerNamesTheCommitteeByTheCommunesLevel() {
    Issuer ward = new Issuer("Trần Hưng Đạo", UnitLevel.PHUONG, " ", null);
    Issuer commune = Issuer.of(new Commune("11095", "Chí Minh", UnitLevel.XA, "Tứ Kỳ", "Hải Dương", false, true, true,
        false, true, 22, java.util.List.of()));

    assertThat(ward.agencyLine()).isEqualTo("PHƯỜNG TRẦN HƯNG ĐẠO");
    assertThat(ward.committee()).isEqualTo("Ủy ban nhân dân phường Trần Hưng Đạo");
    assertThat(ward.district()).isNull();
    assertThat(commune.agencyLine()).isEqualTo("XÃ CHÍ MINH");
    assertThat(commune.district()).isEqualTo("Tứ Kỳ");
  }

  @Test
  void textIsEscapedForXhtmlAndComposedToNfc() {
    String decomposed = "Ho\u0302\u0323i <nghi\u0323> & \"ba\u0300n\"";

    assertThat(Html.escape(decomposed)).isEqualTo("Hội &lt;nghị&gt; &amp; &quot;bàn&quot;");
  }
}
