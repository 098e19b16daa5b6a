package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constants table edits parameters.yaml in place: only the edited bytes change, comments and order stay. */
class ConstantsTableTest {

  private static String shipped() throws Exception {
    return Files.readString(Path.of("rules/parameters.yaml"));
  }

  @Test
  void changingAValueRewritesThatValueOnlyInItsOwnQuoting() throws Exception {
    String before = shipped();

    String after = ConstantsTable.change(before, "K02", "2023-01-01", "10");

    assertThat(RuleSetHistory.diff(java.util.Map.of(ConstantsTable.FILE, before), java.util.Map.of(ConstantsTable.FILE,
        after))).contains("-    values: [ { from: 2023-01-01, value: \"30\" } ]",
        "+    values: [ { from: 2023-01-01, value: \"10\" } ]");
    assertThat(after.lines().filter(l -> !before.contains(l))).hasSize(1);
    assertThat(ConstantsTable.rows(after).stream().filter(r -> r.id().equals("K02")).findFirst().orElseThrow()
        .values()).containsExactly(new ConstantsTable.Value("2023-01-01", "10", null, null));
  }

  @Test
  void addingAValueFromADateGoesAfterTheLastInFlowAndInBlockLists() throws Exception {
    String before = shipped();

    String flow = ConstantsTable.add(before, "K02", "2026-07-01", "10", "", "Nghị định 155/2026/NĐ-CP");
    String block = ConstantsTable.add(before, "K22", "2026-07-01", "7", "WORKING_DAYS", "");

    assertThat(flow).contains("values: [ { from: 2023-01-01, value: \"30\" }, { from: 2026-07-01, value: \"10\","
        + " basis: \"Nghị định 155/2026/NĐ-CP\" } ]");
    List<String> added = block.lines().filter(l -> !before.contains(l)).toList();
    assertThat(added).containsExactly("      - { from: 2026-07-01, value: \"7\" }");
    assertThat(block.lines().count()).isEqualTo(before.lines().count() + 1);
  }

  @Test
  void refusesWhatTheLoaderWouldRefuseBeforeAnythingIsKept() throws Exception {
    String text = shipped();

    assertThatThrownBy(() -> ConstantsTable.change(text, "K02", "2023-01-01", "mười"))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessage("K02: “mười” không đọc được theo đơn vị ngày");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "2022-12-31", "10", "", ""))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("sau ngày 01/01/2023");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "2026-07-01", "10", "WEEKS", ""))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("WEEKS");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K01", "2026-07-01", "31-01", "", ""))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("ngày trong năm (MM-dd)");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "31/02/2026", "10", "", ""))
        .isInstanceOf(ConstantsTable.Refused.class)
        .hasMessage("Ngày áp dụng “31/02/2026” không đọc được; hãy nhập theo dạng dd/MM/yyyy, ví dụ 01/07/2026.");
  }

  @Test
  void refusalsReadInEnglishOnAnEnglishPageWithDaysAsDdMmYyyy() throws Exception {
    String text = shipped();

    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "2022-12-31", "10", "", ""))
        .satisfies(e -> assertThat(vn.qcdc.i18n.MessageRefusal.in(e, java.util.Locale.ENGLISH))
            .contains("01/01/2023").doesNotContain("2023-01-01"));
    assertThatThrownBy(() -> ConstantsTable.change(text, "K02", "2023-01-01", "ten"))
        .satisfies(e -> assertThat(vn.qcdc.i18n.MessageRefusal.in(e, java.util.Locale.ENGLISH))
            .contains("“ten”").contains("days").doesNotContain("DAYS"));
    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "2026-13-01", "10", "", ""))
        .satisfies(e -> assertThat(vn.qcdc.i18n.MessageRefusal.in(e, java.util.Locale.ENGLISH))
            .isEqualTo("The date “2026-13-01” cannot be read; type it as dd/MM/yyyy, e.g. 01/07/2026."));
  }

  @Test
  void theTableShowsDaysAsDdMmYyyyAndReadsThemTypedSoWhileTheFileKeepsIso() throws Exception {
    String before = shipped();

    String added = ConstantsTable.add(before, "K02", "01/07/2026", "10", "", "");
    ConstantsTable.Row k00 = ConstantsTable.rows(before).get(0);
    String changed = ConstantsTable.change(before, k00.id(), k00.values().get(0).from(), "15/08/2026");

    assertThat(added).contains("{ from: 2023-01-01, value: \"30\" }, { from: 2026-07-01, value: \"10\" }");
    assertThat(k00.unit()).isEqualTo("DATE");
    assertThat(k00.values().get(0).shownFrom()).isEqualTo("01/07/2023");
    assertThat(k00.shownValue(k00.values().get(0))).isEqualTo("01/07/2023");
    assertThat(ConstantsTable.rows(changed).get(0).values().get(0).value()).isEqualTo("2026-08-15");
  }
}
