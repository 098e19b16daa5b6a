package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/** The profile's worked example (criteria-reference-2025.md §16.6) reproduces to the hundredth. */
class ChiMinhExampleTest {

  static Evaluation evaluation;

  @BeforeAll
  static void evaluateExample() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
    evaluation = new Evaluator().evaluate(rules, new DossierReader().read(Path.of("examples/chi-minh-2025.json")));
  }

  @ParameterizedTest(name = "{0} = {1} ({2})")
  @CsvSource({
      "TC1.1, 1.50, PARTIAL", "TC1.2, 1.33, PARTIAL", "TC1.3, 2.00, PASS", "TC1.4, 3.00, PASS",
      "TC2.1, 3.00, PARTIAL", "TC2.2, 2.25, PARTIAL", "TC2.3, 2.75, PARTIAL",
      "TC3.1, 4.00, PARTIAL", "TC3.2, 2.76, PARTIAL", "TC3.3, 1.93, PARTIAL", "TC3.4, 2.00, PASS", "TC3.5, 2.00, PASS",
      "TC4.1, 2.00, PARTIAL", "TC4.2, 1.83, PARTIAL",
      "TC5.1, 1.50, PARTIAL", "TC5.2, 2.67, PARTIAL", "TC5.3, 1.67, PARTIAL", "TC5.4, 1.00, PARTIAL",
      "TC6.1, 0.80, PARTIAL", "TC6.2, 2.54, PARTIAL", "TC6.3, 1.80, PARTIAL", "TC6.4, 2.49, PARTIAL",
      "TC6.5, 0.80, PARTIAL", "TC6.6, 1.60, PARTIAL", "TC6.7, 1.33, PARTIAL", "TC6.8, 0.67, PARTIAL",
      "TC6.9, 1.33, PARTIAL", "TC6.10, 1.33, PARTIAL", "TC6.11, 2.00, PASS", "TC6.12, 1.55, PARTIAL",
      "TC6.13, 1.67, PARTIAL",
      "TC7.1, 3.50, PARTIAL", "TC7.2, 1.67, PARTIAL", "TC7.3, 1.50, PARTIAL", "TC7.4, 2.00, PASS",
      "TC8.1, 3.50, PARTIAL", "TC8.2, 2.00, PARTIAL", "TC8.3, 3.00, PASS",
      "TC9.1, 2.14, PARTIAL", "TC9.2, 1.33, PARTIAL"})
  void criterionMatchesTheWorkedExample(String criterion, String points, State state) {
    Finding finding = evaluation.finding(criterion);

    assertThat(finding.points()).isEqualByComparingTo(points);
    assertThat(finding.state()).isEqualTo(state);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"G1, 7.83", "G2, 8.00", "G3, 12.69", "G4, 3.83", "G5, 6.84", "G6, 19.91", "G7, 8.67", "G8, 8.50", "G9, 3.47"})
  void groupSubtotalMatchesTheWorkedExample(String group, String points) {
    assertThat(evaluation.groups()).filteredOn(g -> g.id().equals(group)).singleElement()
        .satisfies(g -> assertThat(g.points()).isEqualByComparingTo(points));
  }

  @Test
  void totalAndGradeMatchTheWorkedExample() {
    assertThat(evaluation.total()).isEqualByComparingTo("76.74");
    assertThat(evaluation.grade()).isEqualTo(Grade.KHA);
    assertThat(evaluation.findings()).hasSize(40);
  }

  @Test
  void adjustmentsMatchTheWorkedExample() {
    assertThat(evaluation.adjustments()).filteredOn(AdjustmentResult::fired)
        .extracting(AdjustmentResult::id, a -> a.points().toPlainString())
        .containsExactlyInAnyOrder(tuple("D3", "-2.00"), tuple("D4", "-1.00"), tuple("D5", "0.00"));
  }

  @Test
  void selfAssessmentIsComparedCriterionByCriterion() {
    assertThat(evaluation.selfScores()).filteredOn(s -> s.criterion().equals("TC1.1")).singleElement()
        .satisfies(s -> assertThat(s.difference()).isEqualByComparingTo("-1.50"));
  }

  @Test
  void everyFindingNamesItsLegalBasisAndExplainsItselfInBothLanguages() {
    assertThat(evaluation.findings()).allSatisfy(f -> {
      assertThat(f.legalBasis()).isNotBlank();
      assertThat(f.explanation().vi()).contains(f.legalBasis());
      assertThat(f.explanation().en()).isNotBlank();
    });
  }
}
