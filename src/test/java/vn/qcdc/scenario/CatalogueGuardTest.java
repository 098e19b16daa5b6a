package vn.qcdc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/**
 * Guard: the catalogue, the DRL rules, the scenario tests and the README's criteria table must agree. The rule-set
 * loader already refuses a criterion without a rule and a rule without a criterion; this adds the scenario coverage
 * and the README table, and fails with one readable report.
 */
class CatalogueGuardTest {

  private static final String START = "<!-- criteria-table:start -->";
  private static final String END = "<!-- criteria-table:end -->";

  @Test
  void catalogueRulesScenariosAndReadmeAgree() throws Exception {
    Path rules = Path.of("rules");
    RuleSet ruleSet = new RuleSetLoader().load(rules);
    List<String> report = new ArrayList<>(ScenarioCoverage.gaps(ruleSet.criteria(), new ScenarioLoader().load(rules)));

    String readme = Files.readString(Path.of("README.md"));
    String expected = criteriaTable(ruleSet);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      report.add("README.md has no criteria table between " + START + " and " + END);
    } else if (!readme.substring(start + START.length(), end).strip().equals(expected.strip())) {
      report.add("README.md criteria table differs from the catalogue; replace it with:\n" + expected);
    }

    assertThat(report).as(String.join("\n", report)).isEmpty();
  }

  /**
   * The README table as the catalogue defines it: id, group, points, Vietnamese title, rule file, legal basis (with
   * the values of the constants it names in force today).
   */
  static String criteriaTable(RuleSet ruleSet) {
    String rows = ruleSet.criteria().stream().map(c -> "| " + c.id() + " | " + c.group() + " | "
        + c.maxPoints().stripTrailingZeros().toPlainString() + " | " + ruleSet.cite(c.title()).vi() + " | "
        + ruleFiles(ruleSet, c) + " | " + ruleSet.cite(c.legalBasis()) + " |").collect(Collectors.joining("\n"));
    return "| Tiêu chí | Nhóm | Điểm | Nội dung | Tệp quy tắc | Căn cứ pháp lý |\n|---|---|---|---|---|---|\n" + rows;
  }

  private static String ruleFiles(RuleSet ruleSet, Criterion c) {
    return ruleSet.ruleFiles(c.id()).stream().map(f -> "`rules/" + f + "`").collect(Collectors.joining(", "));
  }
}
