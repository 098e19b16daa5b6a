package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Part points stay exact and the criterion is rounded half-up once (profile §3.4). */
class RatioTest {

  @Test
  void roundsHalfUpToTwoDecimals() {
    assertThat(Ratio.share(new BigDecimal("1"), 1, 8).toPoints()).isEqualByComparingTo("0.13");
    assertThat(Ratio.share(new BigDecimal("3"), 6, 10).plus(Ratio.share(BigDecimal.ONE, 46, 48)).toPoints())
        .isEqualByComparingTo("2.76");
  }

  @Test
  void keepsThirdsExactSoThatTheySumToWholes() {
    Ratio third = Ratio.share(BigDecimal.ONE, 1, 3);

    Ratio whole = third.plus(third).plus(third);

    assertThat(whole).isEqualTo(Ratio.of(BigDecimal.ONE));
    assertThat(whole.toPoints()).isEqualByComparingTo("1.00");
  }

  @Test
  void comparesExactly() {
    assertThat(Ratio.share(new BigDecimal("0.6"), 9, 10).compareTo(Ratio.of(new BigDecimal("0.54")))).isZero();
    assertThat(Ratio.share(new BigDecimal("2"), 2, 3).compareTo(Ratio.of(new BigDecimal("1.33")))).isPositive();
  }
}
