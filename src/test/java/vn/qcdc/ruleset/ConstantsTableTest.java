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
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("DAYS");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "2022-12-31", "10", "", ""))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("sau ngày 2023-01-01");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K02", "2026-07-01", "10", "WEEKS", ""))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("WEEKS");
    assertThatThrownBy(() -> ConstantsTable.add(text, "K01", "2026-07-01", "31-01", "", ""))
        .isInstanceOf(ConstantsTable.Refused.class).hasMessageContaining("MONTH_DAY");
  }
}
