package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constant names in sentences are replaced by the value in force on the sentence's date, and only names are. */
class ConstantTextTest {

  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
  private static final Parameters PARAMETERS = new Parameters(List.of(constant("K02",
      new DatedConstant.Value(LocalDate.of(2020, 1, 1), "30", DatedConstant.Unit.DAYS, "luật cũ"),
      new DatedConstant.Value(AFTER, "20", DatedConstant.Unit.DAYS, "luật mới")),
      constant("K_3", new DatedConstant.Value(LocalDate.of(2020, 1, 1), "3", DatedConstant.Unit.NUMBER, "quy chế"))));

  @Test
  void aNameTakesTheValueInForceOnTheDay() {
    assertThat(ConstantText.fill("trả lời trong {K02} ngày", PARAMETERS, BEFORE)).isEqualTo("trả lời trong 30 ngày");
    assertThat(ConstantText.fill("trả lời trong {K02} ngày", PARAMETERS, AFTER)).isEqualTo("trả lời trong 20 ngày");
    assertThat(ConstantText.fill("{K02}/{K_3}:{K02}", PARAMETERS, AFTER)).isEqualTo("20/3:20");
  }

  @Test
  void onlyWholeNamesOfKnownConstantsAreReplaced() {
    assertThat(ConstantText.fill("{{K02}}", PARAMETERS, AFTER)).isEqualTo("{20}");
    assertThat(ConstantText.fill("{K02", PARAMETERS, AFTER)).isEqualTo("{K02");
    assertThat(ConstantText.fill("{k02} {} {K02 } {2K} {K99}", PARAMETERS, AFTER))
        .isEqualTo("{k02} {} {K02 } {2K} {K99}");
    assertThat(ConstantText.fill("{K99}{K02}", PARAMETERS, AFTER)).isEqualTo("{K99}20");
  }

  @Test
  void aTextWithoutANameIsTheSameString() {
    String plain = "không có hằng số {nào}";
    assertThat(ConstantText.fill(plain, PARAMETERS, AFTER)).isSameAs(plain);
    assertThat(ConstantText.fill((String) null, PARAMETERS, AFTER)).isNull();
  }

  private static DatedConstant constant(String id, DatedConstant.Value... values) {
    return new DatedConstant(id, Text.of(id, id), "", List.of(values), null, null, null);
  }
}
