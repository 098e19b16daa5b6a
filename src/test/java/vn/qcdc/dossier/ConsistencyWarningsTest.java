package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.Rejections.problem;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyWarningsTest {

  private final DossierReader reader = new DossierReader();

  @Test
  void warnsWhenAComplaintIsDecidedBeforeItIsAccepted() throws Exception {
    byte[] json = example().with("/complaints/0/decisionDate", "2025-02-20").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("$.complaints[0].decisionDate");
      assertThat(w.message()).isEqualTo("ngày ban hành quyết định giải quyết 20/02/2025 trước ngày thụ lý 25/02/2025");
    });
  }

  @Test
  void warnsWhenAComplaintIsAcceptedBeforeItIsReceived() throws Exception {
    byte[] json = example().with("/complaints/0/acceptedDate", "2025-02-17").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("$.complaints[0].acceptedDate");
      assertThat(w.message()).contains("17/02/2025 trước").endsWith("18/02/2025");
    });
  }

  @Test
  void warnsWhenADenunciationIsConcludedBeforeItIsAccepted() throws Exception {
    byte[] json = example().with("/denunciations/0/conclusionDate", "2025-04-21").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("$.denunciations[0].conclusionDate");
      assertThat(w.message()).contains("21/04/2025 trước").endsWith("22/04/2025");
    });
  }

  @Test
  void warnsWhenACommunityVoteEndsBeforeItStarts() throws Exception {
    byte[] json = example().with("/communityDecisions/0/voteEndDate", "2025-04-12").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("$.communityDecisions[0].voteEndDate");
      assertThat(w.message()).contains("12/04/2025 trước").endsWith("13/04/2025");
    });
  }

  @Test
  void warnsOfAnActionDatedMoreThanAYearAfterThePeriodAndAfterTheEvaluationDay() throws Exception {
    byte[] json = example().with("/complaints/0/decisionDate", "2030-01-15").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).filteredOn(w -> w.path().equals("$.complaints[0].decisionDate"))
        .anySatisfy(w -> assertThat(w.message()).contains("15/01/2030 sau ngày đánh giá"));
  }

  @Test
  void warnsOfAnActionMoreThanAYearAfterThePeriodEvenWhenTheEvaluationIsLater() {
    var tree = ExampleDossier.json(new String(example().with("/complaints/0/decisionDate", "2027-03-01").bytes(),
        java.nio.charset.StandardCharsets.UTF_8));

    List<DossierProblem> warnings = ConsistencyWarnings.of(tree, new SchemaWalk(DossierSchema.load()),
        java.time.LocalDate.of(2030, 1, 1));

    assertThat(warnings).filteredOn(w -> w.path().equals("$.complaints[0].decisionDate")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("01/03/2027 muộn hơn một năm sau kỳ đánh giá năm 2025"));
  }

  @Test
  void warnsWhenMoreHouseholdsTookPartThanThereAreAndWhenASessionHasMoreCasesThanVisitors() throws Exception {
    byte[] json = example().with("/communityDecisions/0/householdsRepresented", 999999)
        .with("/receptionSessions/6/visitorsCount", 0).bytes(); // session 6 records one case

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).extracting(DossierProblem::path)
        .contains("$.communityDecisions[0].householdsRepresented", "$.receptionSessions[6].visitorsCount");
  }

  @Test
  void theExampleDossierHasNoWarning() throws Exception {
    assertThat(reader.read(ExampleDossier.exampleBytes()).warnings()).isEmpty();
  }

  @Test
  void warnsWhenADossierFromTwoThousandTwentyFiveOnNamesATown() throws Exception {
    byte[] json = example().with("/commune/level", "THI_TRAN").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("$.commune.level");
      assertThat(w.message()).startsWith("THI_TRAN (thị trấn) không còn từ 01/7/2025 (Luật 97/2025/QH15)")
          .contains("DAC_KHU (đặc khu)");
    });
  }

  @Test
  void acceptsATownForAPeriodBeforeTheSecondTier() throws Exception {
    byte[] json = example().with("/commune/level", "THI_TRAN").with("/period/year", 2024)
        .without("/administrativeDossiers").bytes();

    // The 2025 example's own dates, now more than a year after 2024, are warned of; the town is not.
    assertThat(reader.read(json).warnings()).extracting(DossierProblem::path).doesNotContain("$.commune.level");
  }

  @Test
  void keepsTheDossierWhenOnlyWarningsAreFound() throws Exception {
    byte[] json = example().with("/complaints/0/decisionDate", "2025-02-20").bytes();

    ParsedDossier parsed = reader.read(json);

    assertThat(parsed.dossier().complaints().get(0).decisionDate()).hasToString("2025-02-20");
  }
}
