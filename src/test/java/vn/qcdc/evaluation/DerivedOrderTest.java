package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.CheckKind;
import vn.qcdc.ruleapi.Veto;
import vn.qcdc.rulebase.Text;

/** The derived facts come out in one order whatever order the rule session hands them back in. */
class DerivedOrderTest {

  @Test
  void ordersChecksByDateThenRecordsThenTheRestAndVetoesByRecordsWhateverTheirOrderIn() {
    List<Object> facts = new ArrayList<>(List.of(
        check("K-2", LocalDate.of(2025, 3, 1), true),
        check("K-1", LocalDate.of(2025, 3, 1), false),
        check("K-1", LocalDate.of(2025, 3, 1), true),
        check("K-9", LocalDate.of(2025, 1, 5), true),
        check("K-5", null, true),
        new Veto("TC5.4", "", List.of("PA-7"), "kéo dài", "protracted"),
        new Veto("TC5.4", "", List.of("PA-3"), "kéo dài", "protracted")));
    List<Object> reversed = new ArrayList<>(facts);
    Collections.reverse(reversed);

    Derived one = new Derived(facts);
    Derived other = new Derived(reversed);

    assertThat(one.checks("TC5.4", "")).isEqualTo(other.checks("TC5.4", ""));
    assertThat(one.checks("TC5.4", "")).extracting(c -> c.records().get(0) + "/" + c.compliant())
        .containsExactly("K-9/true", "K-1/false", "K-1/true", "K-2/true", "K-5/true");
    assertThat(one.vetoes("TC5.4")).isEqualTo(other.vetoes("TC5.4"));
    assertThat(one.vetoes("TC5.4")).extracting(v -> v.records().get(0)).containsExactly("PA-3", "PA-7");
  }

  private static Check check(String record, LocalDate anchor, boolean compliant) {
    return new Check("TC5.4", "", CheckKind.DEADLINE, List.of(record), anchor, anchor, anchor, anchor,
        compliant ? 1 : 0, 1, null, List.of(), true, Text.of("trả lời", "answered"), null);
  }
}
