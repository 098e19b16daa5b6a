package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.RuleSetLoader;

/**
 * The second example (xã Hưng Đạo, 2023, invented records): the year Law 10/2022 took effect, so internal disclosures
 * switch from 3 to 5 working days and commune-level checks before 1 July 2023 are not counted.
 */
class HungDaoExampleTest {

  static Evaluation evaluation;

  @BeforeAll
  static void evaluateExample() throws Exception {
    evaluation = new Evaluator().evaluate(new RuleSetLoader().load(Path.of("rules")),
        new DossierReader().read(Path.of("examples/hung-dao-2023.json")));
  }

  @Test
  void landsInTheTrungBinhBandAsTheReadmeDocuments() {
    assertThat(evaluation.total()).isEqualByComparingTo("68.63");
    assertThat(evaluation.grade()).isEqualTo(Grade.TRUNG_BINH);
  }

  @Test
  void aDisciplinedCivilServantCostsThreePointsAndCapsTheGrade() {
    assertThat(evaluation.adjustments()).filteredOn(a -> a.id().equals("D1")).singleElement().satisfies(a -> {
      assertThat(a.points()).isEqualByComparingTo("-3");
      assertThat(a.gradeCap()).isEqualTo(Grade.KHA);
    });
  }

  @Test
  void internalDisclosureBeforeJulyHasThreeWorkingDaysAndAfterJulyFive() {
    assertThat(deadlineOf("TC7.2", "ID-01")).isEqualTo(LocalDate.of(2023, 1, 11));
    assertThat(deadlineOf("TC7.2", "ID-04")).isEqualTo(LocalDate.of(2023, 7, 7));
  }

  @Test
  void communeDisclosuresDecidedBeforeTheLawTookEffectAreNotCounted() {
    assertThat(evaluation.finding("TC6.3").parts().get(0).applicable()).isEqualTo(3);
  }

  private static LocalDate deadlineOf(String criterion, String record) {
    return evaluation.finding(criterion).parts().stream().flatMap(p -> p.checks().stream())
        .filter(c -> c.records().contains(record) && c.due() != null).map(CheckResult::due).findFirst().orElseThrow();
  }
}
