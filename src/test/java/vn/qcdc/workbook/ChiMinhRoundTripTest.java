package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;
import static vn.qcdc.workbook.Fixtures.normalised;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/** The format's example (xã Chí Minh, 2025) filled into the workbook and converted back is the same dossier. */
class ChiMinhRoundTripTest {

  static byte[] workbook;
  static ConversionResult converted;

  @BeforeAll
  static void fillTheTemplateFromTheExampleAndConvertItBack() {
    workbook = CONVERTER.export(Fixtures.exampleBytes());
    converted = Fixtures.convert(workbook);
  }

  @Test
  void theFilledWorkbookIsAcceptedByTheDossierReader() throws Exception {
    assertThat(converted.problems()).isEmpty();
    assertThat(converted.accepted()).isTrue();

    ParsedDossier reread = new DossierReader().read(converted.json());

    assertThat(reread.dossier()).isEqualTo(converted.dossier().dossier());
  }

  @Test
  void theConvertedDossierIsTheExampleDossier() {
    assertThat(normalised(Fixtures.tree(converted.json()))).isEqualTo(normalised(Fixtures.example()));
  }

  @Test
  void theConvertedDossierScoresTheSameTotalAsTheJsonExample() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
    Evaluator evaluator = new Evaluator();

    Evaluation fromJson = evaluator.evaluate(rules, new DossierReader().read(Fixtures.EXAMPLE));
    Evaluation fromWorkbook = evaluator.evaluate(rules, converted.dossier());

    assertThat(fromWorkbook.total()).isEqualByComparingTo(fromJson.total());
    assertThat(fromWorkbook.grade()).isEqualTo(fromJson.grade());
  }

  @Test
  void exportingTheFactRecordsGivesTheSameDossierAsExportingTheJson() throws Exception {
    ParsedDossier parsed = new DossierReader().read(Fixtures.EXAMPLE);

    ConversionResult fromFacts = Fixtures.convert(CONVERTER.export(parsed.dossier()));

    assertThat(fromFacts.problems()).isEmpty();
    assertThat(fromFacts.dossier().dossier()).isEqualTo(converted.dossier().dossier());
  }

  @Test
  void theConsistencyWarningsOfTheExampleAreKeptAndLocated() throws Exception {
    ParsedDossier parsed = new DossierReader().read(Fixtures.EXAMPLE);

    assertThat(converted.warnings()).extracting(WorkbookProblem::jsonPath)
        .containsExactlyInAnyOrderElementsOf(parsed.warnings().stream().map(w -> w.path()).toList());
    assertThat(converted.warnings()).allSatisfy(w -> assertThat(w.cell()).isNotNull());
  }

  @Test
  void theExportOffersOnlyTheFormOfAdministrativeDossiersTheExampleUses() {
    Sheets sheets = new Sheets(workbook);

    assertThat(sheets.workbook.getSheet("Hồ sơ TTHC")).isNull();
    assertThat(sheets.workbook.getSheet("Hồ sơ TTHC theo tháng").getLastRowNum()).isEqualTo(Sheets.FIRST_RECORD_ROW + 11);
  }
}
