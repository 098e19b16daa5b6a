package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.PartResult;
import vn.qcdc.evaluation.State;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.Part;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/**
 * Nothing counts as declared unless someone declared it: the template with only its cover answered scores every part
 * that needs a section as MISSING_EVIDENCE, and "Có" at "Không phát sinh trong kỳ" gives what the profile gives an
 * empty section (NOT_APPLICABLE for the complaints criteria).
 */
class DeclarationsScoreTest {

  private static RuleSet rules;

  @BeforeAll
  static void load() throws Exception {
    rules = new RuleSetLoader().load(Path.of("rules"));
  }

  /** The pre-filled template with the cover answered "Không" for every section: no data, no declaration. */
  private static Sheets coverOnly() {
    Sheets sheets = new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025));
    for (String section : Declarations.sections(CONVERTER.layout().schema())) {
      sheets.answer(CONVERTER.layout().labels().get("title." + section), "Không");
    }
    return sheets;
  }

  private static Evaluation evaluated(Sheets sheets) {
    ConversionResult result = Fixtures.convert(sheets.bytes());
    assertThat(result.problems()).isEmpty();
    return new Evaluator().evaluate(rules, result.dossier());
  }

  @Test
  void aTemplateWithOnlyTheCoverFilledScoresEveryPartThatNeedsASectionAsMissingEvidence() {
    Evaluation evaluation = evaluated(coverOnly());

    Set<String> checked = new HashSet<>();
    for (Criterion criterion : rules.criteria()) {
      Finding finding = evaluation.findings().stream().filter(f -> f.criterion().equals(criterion.id())).findFirst()
          .orElseThrow();
      for (Part part : criterion.parts()) {
        if (part.requires().isEmpty()) {
          continue;
        }
        PartResult result = finding.parts().stream().filter(p -> p.id().equals(part.id())).findFirst()
            .orElseThrow();
        assertThat(result.state()).as(criterion.id() + " " + part.id()).isEqualTo(State.MISSING_EVIDENCE);
        assertThat(result.points()).as(criterion.id() + " " + part.id()).isEqualByComparingTo(BigDecimal.ZERO);
        checked.add(criterion.id());
      }
      if (criterion.parts().stream().allMatch(p -> !p.requires().isEmpty())) {
        assertThat(finding.state()).as(criterion.id()).isEqualTo(State.MISSING_EVIDENCE);
      }
    }
    assertThat(checked).contains("TC3.1", "TC3.2", "TC5.1", "TC5.2", "TC5.3");
  }

  @Test
  void anExplicitKhongPhatSinhGivesTheProfilesNotApplicable() {
    Evaluation evaluation = evaluated(coverOnly().answer("Khiếu nại (giải quyết lần đầu)", "Có"));

    Finding tc51 = evaluation.findings().stream().filter(f -> f.criterion().equals("TC5.1")).findFirst().orElseThrow();
    Finding tc53 = evaluation.findings().stream().filter(f -> f.criterion().equals("TC5.3")).findFirst().orElseThrow();
    assertThat(tc51.state()).isEqualTo(State.NOT_APPLICABLE);
    assertThat(tc51.points()).isEqualByComparingTo(tc51.maxPoints());
    assertThat(tc53.state()).isEqualTo(State.MISSING_EVIDENCE);
  }

  @Test
  void theCoverOnlyTemplateScoresLessThanTheBlankTemplateDidBeforeDeclarationsWereNeeded() {
    Evaluation evaluation = evaluated(coverOnly());

    // 34.00 was the score of the untouched template when blank sheets read as "declared none" (issue #12).
    assertThat(evaluation.total()).isLessThan(new BigDecimal("34.00"));
  }
}
