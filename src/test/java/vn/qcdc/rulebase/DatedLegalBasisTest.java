package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A criterion's legal basis as dated data: one text from the beginning, or texts each from a date, checked. */
class DatedLegalBasisTest {

  private static final String TC23 = "    legalBasis: \"Điều 11, Điều 15 khoản 4 Nghị định 61/2023/NĐ-CP\"\n";

  private final RuleSetLoader loader = new RuleSetLoader();

  @TempDir
  Path temp;

  @Test
  void aSingleTextIsInForceFromTheBeginningAndCitedAsWritten() throws Exception {
    Criterion tc23 = loader.load(Path.of("rules")).criterion("TC2.3").orElseThrow();

    assertThat(tc23.legalBases().all()).containsExactly(
        new LegalBasis(null, null, "Điều 11, Điều 15 khoản 4 Nghị định 61/2023/NĐ-CP"));
    assertThat(cite(tc23.legalBases(), 2025))
        .isEqualTo("Điều 11, Điều 15 khoản 4 Nghị định 61/2023/NĐ-CP");
  }

  @Test
  void eachTextRunsUntilTheDayBeforeTheNextAndAPeriodCitesEveryTextInForceOnOneOfItsDaysWithTheDatesInsideIt() throws Exception {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g2-dan-van-kheo/criteria.yaml", TC23, """
            legalBasis:
              - text: "Văn bản cũ"
              - { from: 2025-07-01, text: "Văn bản mới" }
        """);

    LegalBases bases = loader.load(copy.root).criterion("TC2.3").orElseThrow().legalBases();

    assertThat(bases.all()).containsExactly(new LegalBasis(null, day("2025-06-30"), "Văn bản cũ"),
        new LegalBasis(day("2025-07-01"), null, "Văn bản mới"));
    assertThat(cite(bases, 2025))
        .isEqualTo("Đến 30/06/2025: Văn bản cũ. Từ 01/07/2025: Văn bản mới");
    assertThat(cite(bases, 2026)).as("in force all through 2026: cited as written").isEqualTo("Văn bản mới");
    assertThat(cite(bases, 2024)).isEqualTo("Văn bản cũ");
    assertThat(bases.citeEn(day("2025-01-01"), day("2025-12-31")))
        .isEqualTo("Until 30/06/2025: Văn bản cũ. From 01/07/2025: Văn bản mới");
  }

  @Test
  void refusesTextsListedOutOfDateOrderAtTheLineOfTheLaterEntry() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g2-dan-van-kheo/criteria.yaml", TC23, """
            legalBasis:
              - { from: 2025-07-01, text: "Văn bản mới" }
              - { from: 2023-08-16, text: "Văn bản cũ" }
        """);

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g2-dan-van-kheo/criteria.yaml");
      assertThat(p.line()).isEqualTo(37);
      assertThat(p.message()).contains("TC2.3", "theo thứ tự ngày", "16/08/2023 không sau 01/07/2025");
      assertThat(p.message(Locale.ENGLISH)).contains("TC2.3", "date order", "16/08/2023 is not after 01/07/2025");
    });
  }

  @Test
  void refusesATextWhoseLastDayOverlapsTheNextTextWithItsLine() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g2-dan-van-kheo/criteria.yaml", TC23, """
            legalBasis:
              - { to: 2025-07-31, text: "Văn bản cũ" }
              - { from: 2025-07-01, text: "Văn bản mới" }
        """);

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g2-dan-van-kheo/criteria.yaml");
      assertThat(p.line()).isEqualTo(36);
      assertThat(p.message()).contains("TC2.3", "đến 31/07/2025 chồng lên", "từ 01/07/2025");
      assertThat(p.message(Locale.ENGLISH)).contains("TC2.3", "until 31/07/2025 overlaps", "from 01/07/2025");
    });
  }

  @Test
  void refusesALaterTextWithoutItsStartDateAndATextThatEndsBeforeItStarts() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g2-dan-van-kheo/criteria.yaml", TC23, """
            legalBasis:
              - { text: "Văn bản cũ" }
              - { text: "Văn bản mới" }
        """).replace("g9-thong-tin-bao-cao/criteria.yaml",
            "    legalBasis: \"Điều 15 khoản 2 điểm e", "    legalBasis:\n      - from: 2025-07-01\n        to: 2025-06-01\n"
            + "        text: \"Điều 15 khoản 2 điểm e");

    List<RuleSetProblem> problems = problems(copy);

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(37);
      assertThat(p.message()).contains("TC2.3", "chỉ căn cứ pháp lý đầu tiên được bỏ trống “from”");
      assertThat(p.message(Locale.ENGLISH)).contains("TC2.3", "only the first legal basis may leave out “from”");
    });
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g9-thong-tin-bao-cao/criteria.yaml");
      assertThat(p.message()).contains("TC9.1", "kết thúc ngày 01/06/2025, trước ngày bắt đầu");
      assertThat(p.message(Locale.ENGLISH)).contains("TC9.1", "ends on 01/06/2025, before it starts");
    });
  }

  @Test
  void refusesAnUnknownFieldOfADatedTextWithItsLine() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g2-dan-van-kheo/criteria.yaml", TC23, """
            legalBasis:
              - { tu: 2025-07-01, text: "Văn bản mới" }
        """);

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(36);
      assertThat(p.message()).contains("không có trường 'tu'", "from", "text", "to");
      assertThat(p.message(Locale.ENGLISH)).contains("unknown field 'tu'", "from", "text", "to");
    });
  }

  /** What a finding of {@code year} cites. */
  private static String cite(LegalBases bases, int year) {
    return bases.citeVi(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private List<RuleSetProblem> problems(RulesFolder folder) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, () -> loader.load(folder.root));
    assertThat(e).as("the broken rule set must be refused").isNotNull();
    return e.problems();
  }
}
