package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and validating a rules folder: a good one compiles, a bad one is refused with every problem located. */
class RuleSetLoaderTest {

  private final RuleSetLoader loader = new RuleSetLoader();

  @TempDir
  Path temp;

  @Test
  void loadsTheShippedRuleSetWithItsHashAndCatalogue() throws Exception {
    RuleSet rules = loader.load(Path.of("rules"));

    assertThat(rules.hash()).matches("[0-9a-f]{64}");
    assertThat(rules.profile().id()).isEqualTo("reference-2025");
    assertThat(rules.criteria()).extracting(Criterion::id).contains("TC3.1", "TC4.1", "TC5.4");
  }

  @Test
  void theHashDependsOnTheBytesOfTheFilesOnly() throws Exception {
    RulesFolder copy = RulesFolder.copyOfShipped(temp.resolve("a"));
    String original = loader.load(Path.of("rules")).hash();

    String sameCopy = loader.load(copy.root).hash();
    copy.replace("holidays.yaml", "Tết Dương lịch", "Tết Dương lịch ");
    String edited = loader.load(copy.root).hash();

    assertThat(sameCopy).isEqualTo(original);
    assertThat(edited).isNotEqualTo(original);
  }

  @Test
  void reportsABrokenDrlAnUnknownCriterionAndAMissingCatalogueRowTogether() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .replace("g5-khieu-nai-to-cao/rules.drl", "$c : Complaint( withinCompetence )", "$c : Complaint( withinCompetence ")
        .replace("g4-tiep-cong-dan/rules.dslr", "rule \"TC4.2 Có nội quy", "rule \"TC4.9 Có nội quy")
        .replace("g3-cai-cach-hanh-chinh/criteria.yaml", "  - id: TC3.5", "  - id: TC3.5-removed");

    List<RuleSetProblem> problems = problems(copy);

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g5-khieu-nai-to-cao/rules.drl");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).startsWith("Lỗi DRL: ").contains("(Drools: ");
      assertThat(p.message(Locale.ENGLISH)).startsWith("DRL error: ").contains("(Drools: ");
    });
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/rules.dslr");
      assertThat(p.message()).contains("TC4.9", "không có trong danh mục");
      assertThat(p.message(Locale.ENGLISH)).contains("TC4.9", "not in the catalogue");
    });
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.message()).contains("TC3.5-removed", "phải có dạng TC3.1");
      assertThat(p.message(Locale.ENGLISH)).contains("TC3.5-removed", "must look like");
    });
  }

  @Test
  void refusesARuleWhoseNameNamesNoCriterion() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .replace("g4-tiep-cong-dan/rules.dslr", "rule \"TC4.2 Có nội quy", "rule \"Kiểm tra nội quy");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/rules.dslr");
      assertThat(p.message()).contains("không nêu tiêu chí");
      assertThat(p.message(Locale.ENGLISH)).contains("names no criterion");
    });
  }

  @Test
  void refusesACatalogueCriterionThatNoRuleImplements() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g3-cai-cach-hanh-chinh/rules.drl",
        "rule \"TC3.5 Hệ thống", "rule \"TC3.4 Hệ thống").replace("g3-cai-cach-hanh-chinh/rules.drl",
        "rule \"TC3.5 Công bố", "rule \"TC3.4 Công bố");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g3-cai-cach-hanh-chinh/criteria.yaml");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).contains("Tiêu chí TC3.5 chưa có quy tắc");
      assertThat(p.message(Locale.ENGLISH)).contains("TC3.5 has no rule");
    });
  }

  @Test
  void refusesGroupMaximaThatDoNotAddUp() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .replace("g4-tiep-cong-dan/criteria.yaml", "maxPoints: 5", "maxPoints: 6");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.message()).contains("Nhóm G4 có maxPoints 6", "cộng lại 5");
      assertThat(p.message(Locale.ENGLISH)).contains("Group G4 has maxPoints 6", "add up to 5");
    }).anySatisfy(p -> assertThat(p.message()).contains("maxTotal là 100", "cộng lại 101"));
  }

  @Test
  void refusesPartsThatDoNotAddUpToTheCriterion() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g5-khieu-nai-to-cao/criteria.yaml",
        "        maxPoints: 3\n", "        maxPoints: 2.5\n");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.message()).contains("TC5.2: các phần cộng lại 3,5 điểm");
      assertThat(p.message(Locale.ENGLISH)).contains("TC5.2: its parts add up to 3.5");
    });
  }

  @Test
  void refusesAnUnknownFieldInTheCatalogueWithItsLine() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .replace("g4-tiep-cong-dan/criteria.yaml", "    legalBasis: \"Điều 15 khoản 2 điểm d", "    legalBasys: \"Điều 15 khoản 2 điểm d");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/criteria.yaml");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).contains("không có trường 'legalBasys'", "các trường được dùng:", "legalBasis");
      assertThat(p.message(Locale.ENGLISH)).contains("unknown field 'legalBasys'", "allowed:", "legalBasis");
    });
  }

  @Test
  void refusesMalformedParametersAndHolidays() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .replace("parameters.yaml", "{ from: 2012-07-01, value: \"10\",", "{ from: 2012-07-01, value: \"mười\",")
        .replace("holidays.yaml", "{ date: 2025-04-07, name: \"Giỗ Tổ Hùng Vương\" }",
            "{ date: 2025-04-05, name: \"Giỗ Tổ Hùng Vương\" }");

    List<RuleSetProblem> problems = problems(copy);

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("parameters.yaml");
      assertThat(p.message()).contains("K27", "mười");
    });
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("holidays.yaml");
      assertThat(p.message()).contains("Ngày 05/04/2025 là thứ Bảy");
      assertThat(p.message(Locale.ENGLISH)).contains("05/04/2025 is a Saturday");
    });
  }

  @Test
  void refusesADuplicateCriterionId() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace("g4-tiep-cong-dan/criteria.yaml", "  - id: TC4.2",
        "  - id: TC4.1");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.message()).contains("Tiêu chí TC4.1 được khai báo hai lần");
      assertThat(p.message(Locale.ENGLISH)).contains("Criterion TC4.1 is defined twice");
    });
  }

  @Test
  void refusesAFolderThatDoesNotExist() {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> loader.load(temp.resolve("nowhere")));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("không tồn tại");
      assertThat(p.message(Locale.ENGLISH)).contains("does not exist");
    });
  }

  private List<RuleSetProblem> problems(RulesFolder folder) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, () -> loader.load(folder.root));
    assertThat(e).as("the broken rule set must be refused").isNotNull();
    return e.problems();
  }
}
