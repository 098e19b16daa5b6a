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

    assertThat(warnings).containsExactly(
        problem("$.complaints[0].decisionDate", "decisionDate 2025-02-20 is before acceptedDate 2025-02-25"));
  }

  @Test
  void warnsWhenAComplaintIsAcceptedBeforeItIsReceived() throws Exception {
    byte[] json = example().with("/complaints/0/acceptedDate", "2025-02-17").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).containsExactly(
        problem("$.complaints[0].acceptedDate", "acceptedDate 2025-02-17 is before receivedDate 2025-02-18"));
  }

  @Test
  void warnsWhenADenunciationIsConcludedBeforeItIsAccepted() throws Exception {
    byte[] json = example().with("/denunciations/0/conclusionDate", "2025-04-21").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).containsExactly(problem("$.denunciations[0].conclusionDate",
        "conclusionDate 2025-04-21 is before acceptanceDecisionDate 2025-04-22"));
  }

  @Test
  void warnsWhenACommunityVoteEndsBeforeItStarts() throws Exception {
    byte[] json = example().with("/communityDecisions/0/voteEndDate", "2025-04-12").bytes();

    List<DossierProblem> warnings = reader.read(json).warnings();

    assertThat(warnings).containsExactly(problem("$.communityDecisions[0].voteEndDate",
        "voteEndDate 2025-04-12 is before voteStartDate 2025-04-13"));
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

    assertThat(reader.read(json).warnings()).isEmpty();
  }

  @Test
  void keepsTheDossierWhenOnlyWarningsAreFound() throws Exception {
    byte[] json = example().with("/complaints/0/decisionDate", "2025-02-20").bytes();

    ParsedDossier parsed = reader.read(json);

    assertThat(parsed.dossier().complaints().get(0).decisionDate()).hasToString("2025-02-20");
  }
}
