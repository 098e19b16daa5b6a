package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Points, thresholds, grade bands and holidays edited in place: only the edited bytes change. */
class CatalogueTablesTest {

  private static String read(String file) throws Exception {
    return Files.readString(Path.of("rules", file));
  }

  private static List<String> added(String before, String after) {
    return after.lines().filter(l -> !before.lines().toList().contains(l)).toList();
  }

  @Test
  void theGradeBandsAndTheCriteriaPointsAreListedWithWhereTheyAre() throws Exception {
    List<PointsTable.Cell> profile = PointsTable.cells("profile.yaml", read("profile.yaml"));
    List<PointsTable.Cell> g6 = PointsTable.cells("g6-dan-chu-o-xa/criteria.yaml", read("g6-dan-chu-o-xa/criteria.yaml"));

    assertThat(profile).contains(new PointsTable.Cell("profile.yaml", "gradeBands/1/atLeast", "KHA",
        "gradeBands", 2, "atLeast", "75"));
    assertThat(g6).contains(new PointsTable.Cell("g6-dan-chu-o-xa/criteria.yaml", "criteria/3/parts/0/maxPoints",
        "TC6.4 · a", "", 0, "maxPoints", "0.6"));
  }

  @Test
  void changingAGradeBandRewritesThatNumberOnly() throws Exception {
    String before = read("profile.yaml");

    String after = PointsTable.change(before, "gradeBands/1/atLeast", "80");

    assertThat(added(before, after)).containsExactly("  - { grade: KHA, atLeast: 80 }");
    assertThat(after.length()).isEqualTo(before.length());
    assertThatThrownBy(() -> PointsTable.change(before, "gradeBands/1/atLeast", "tám mươi"))
        .isInstanceOf(ConstantsTable.Refused.class);
    assertThatThrownBy(() -> PointsTable.change(before, "gradeBands/1/grade", "1"))
        .isInstanceOf(ConstantsTable.Refused.class);
  }

  @Test
  void aHolidayGoesToItsYearWithItsNotice() throws Exception {
    String before = read("holidays.yaml");

    String day = HolidaysTable.add(before, "2026-09-03", "", "Nghỉ thêm Quốc khánh", "Thông báo 1/TB-BNV");
    String year = HolidaysTable.add(before, "2031-01-01", "", "Tết Dương lịch", "");

    assertThat(added(before, day)).singleElement().asString()
        .contains("- { date: 2026-09-03, name: \"Nghỉ thêm Quốc khánh\", notice: \"Thông báo 1/TB-BNV\" }");
    assertThat(HolidaysTable.years(day)).filteredOn(y -> y.year().equals("2026")).singleElement()
        .satisfies(y -> assertThat(y.entries()).last().extracting(HolidaysTable.Entry::notice)
            .isEqualTo("Thông báo 1/TB-BNV"));
    assertThat(HolidaysTable.years(year)).last().satisfies(y -> assertThat(y.year()).isEqualTo("2031"));
    assertThatThrownBy(() -> HolidaysTable.add(before, "2026-09-05", "", "Thứ Bảy", ""))
        .isInstanceOf(ConstantsTable.Refused.class);
    assertThatThrownBy(() -> HolidaysTable.add(before, "2026-09-03", "2026-09-01", "Ngược", ""))
        .isInstanceOf(ConstantsTable.Refused.class);
  }
}
