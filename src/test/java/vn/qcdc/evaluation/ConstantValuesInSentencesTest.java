package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * Rule names, finding sentences and legal-basis citations take a constant's value from parameters.yaml ({@code {K02}})
 * at evaluation time: a change of value changes the number in the sentence and nowhere else is it copied.
 */
class ConstantValuesInSentencesTest {

  @TempDir
  Path dir;

  @Test
  void theShippedRuleNamesSpellOutNoValueOfAConstantTheyRead() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));

    assertThat(rules.warnings()).isEmpty();
  }

  @Test
  void aRuleNameThatSpellsOutTheValueOfItsConstantIsWarnedAtItsLine() throws Exception {
    Path rules = copy(dir);
    replace(rules.resolve("g1-lanh-dao-chi-dao/rules.drl"), "trong {K02} ngày ân hạn", "trong 30 ngày ân hạn");

    List<RuleSetProblem> warnings = new RuleSetLoader().load(rules).warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("g1-lanh-dao-chi-dao/rules.drl");
      assertThat(w.line()).isEqualTo(60);
      assertThat(w.message()).contains("30 (K02)");
    });
  }

  @Test
  void theGracePeriodSentenceSaysTheValueInForceAndPointsMoveOnlyThroughTheDeadline() throws Exception {
    Path rules = copy(dir);
    replace(rules.resolve("parameters.yaml"), "values: [ { from: 2023-01-01, value: \"30\" } ]\n  - id: K03",
        "values: [ { from: 2023-01-01, value: \"10\" } ]\n  - id: K03");

    Finding before = tc11(new RuleSetLoader().load(Path.of("rules")));
    Finding after = tc11(new RuleSetLoader().load(rules));

    assertThat(before.legalBasis()).contains("30 ngày ân hạn (K02)").doesNotContain("{K02}");
    assertThat(after.legalBasis()).contains("10 ngày ân hạn (K02)").doesNotContain("30 ngày ân hạn");
    assertThat(after.explanation().vi()).contains("10 ngày ân hạn (K02)");
  }

  @Test
  void aSentenceTakesTheValueInForceOnItsOwnCheckDate() throws Exception {
    Path rules = copy(dir);
    replace(rules.resolve("parameters.yaml"), "values: [ { from: 2023-07-01, value: \"30\" } ]\n  - id: K05",
        "values: [ { from: 2023-07-01, value: \"30\" }, { from: 2025-07-01, value: \"25\" } ]\n  - id: K05");

    Evaluation e = evaluate(new RuleSetLoader().load(rules));

    List<CheckResult> posting = e.findings().stream().filter(f -> f.criterion().equals("TC6.4"))
        .flatMap(f -> f.parts().stream()).filter(p -> p.id().equals("a")).flatMap(p -> p.checks().stream()).toList();
    // DS-07, DS-08 and DS-09 of the example start their posting after 1 July 2025; the others before it.
    assertThat(posting).hasSizeGreaterThan(3).allSatisfy(c -> assertThat(c.text().vi()).contains(
        List.of("DS-07", "DS-08", "DS-09").contains(c.records().get(0)) ? "ít nhất 25 ngày" : "ít nhất 30 ngày"));
  }

  @Test
  void aCriterionTitleSaysTheValueInForceForThePeriod() throws Exception {
    Path rules = copy(dir);
    replace(rules.resolve("parameters.yaml"), "values: [ { from: 2023-07-01, value: \"20\" } ]\n  - id: K13",
        "values: [ { from: 2023-07-01, value: \"15\" } ]\n  - id: K13");

    Finding before = criterion(new RuleSetLoader().load(Path.of("rules")), "TC6.9");
    Finding after = criterion(new RuleSetLoader().load(rules), "TC6.9");

    assertThat(before.title().vi()).isEqualTo("Thời gian lấy ý kiến tối thiểu 20 ngày");
    assertThat(after.title().vi()).isEqualTo("Thời gian lấy ý kiến tối thiểu 15 ngày");
    assertThat(after.explanation().vi()).startsWith("Thời gian lấy ý kiến tối thiểu 15 ngày:");
  }

  private static Finding criterion(RuleSet rules, String id) throws Exception {
    return evaluate(rules).findings().stream().filter(f -> f.criterion().equals(id)).findFirst().orElseThrow();
  }

  private static Finding tc11(RuleSet rules) throws Exception {
    return evaluate(rules).findings().stream().filter(f -> f.criterion().equals("TC1.1")).findFirst().orElseThrow();
  }

  private static Evaluation evaluate(RuleSet rules) throws Exception {
    return new Evaluator().evaluate(rules, new DossierReader().read(
        Files.readAllBytes(Path.of("examples/chi-minh-2025.json"))));
  }

  private static void replace(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(old);
    Files.writeString(file, text.replace(old, replacement));
  }

  private static Path copy(Path target) throws IOException {
    Path source = Path.of("rules");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return target;
  }
}
