package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.ExampleDossier.json;
import static vn.qcdc.dossier.Rejections.problem;
import static vn.qcdc.dossier.Rejections.problemsOf;

import org.junit.jupiter.api.Test;

class CrossRecordRulesTest {

  private static final String AGGREGATES = "$.administrativeDossiers.monthlyAggregates";

  @Test
  void rejectsTwoRecordsSharingAnIdNamingBothPlaces() {
    byte[] json = example().with("/complaints/1/id", "K-01").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.complaints[1].id", "duplicate id \"K-01\", already used at $.complaints[0].id"));
  }

  @Test
  void rejectsARecordIdEqualToTheDossierId() {
    byte[] json = example().with("/plans/0/id", "HSMC-11095-2025").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.plans[0].id", "duplicate id \"HSMC-11095-2025\", already used at $.dossierId"));
  }

  @Test
  void rejectsIdsSharedByNestedReceptionCasesAndCoordinationRecommendations() {
    byte[] json = example().with("/coordinationActivities/0/recommendations/0/id", "RC-01").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.coordinationActivities[0].recommendations[0].id",
        "duplicate id \"RC-01\", already used at $.receptionSessions[6].cases[0].id"));
  }

  @Test
  void rejectsAVillageIdThatRefersToNoVillage() {
    byte[] json = example().with("/communityDecisions/0/villageId", "V09")
        .with("/boards/0/members/0/villageId", "BD-01").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.communityDecisions[0].villageId", "villageId \"V09\" refers to no element of commune.villages"),
        problem("$.boards[0].members[0].villageId", "villageId \"BD-01\" refers to no element of commune.villages"));
  }

  @Test
  void rejectsABoardIdThatRefersToNoBoard() {
    byte[] json = example().with("/boardRecommendations/0/boardId", "BD-09").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.boardRecommendations[0].boardId", "boardId \"BD-09\" refers to no element of boards"));
  }

  @Test
  void rejectsAdministrativeDossiersInBothForms() {
    byte[] json = example().with("/administrativeDossiers/records", json("[]")).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.administrativeDossiers",
        "both records and monthlyAggregates are present; exactly one is allowed"));
  }

  @Test
  void rejectsAdministrativeDossiersInNeitherForm() {
    byte[] json = example().without("/administrativeDossiers/monthlyAggregates").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.administrativeDossiers",
        "neither records nor monthlyAggregates is present; exactly one is required"));
  }

  @Test
  void rejectsACountAboveTheCountItIsASubsetOf() {
    byte[] json = example()
        .with("/administrativeDossiers/monthlyAggregates/2/receivedOnline", 291)
        .with("/administrativeDossiers/monthlyAggregates/3/completionRequestsWithin3Wd", 5)
        .with("/administrativeDossiers/yearEndPending/pendingOverdueWithCompliantApology", 2)
        .bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem(AGGREGATES + "[2].receivedOnline", "receivedOnline 291 exceeds received 290"),
        problem(AGGREGATES + "[3].completionRequestsWithin3Wd",
            "completionRequestsWithin3Wd 5 exceeds completionRequests 4"),
        problem("$.administrativeDossiers.yearEndPending.pendingOverdueWithCompliantApology",
            "pendingOverdueWithCompliantApology 2 exceeds pendingOverdue 1"));
  }

  @Test
  void rejectsAnAggregateMonthOutsideThePeriodYear() {
    byte[] json = example().with("/administrativeDossiers/monthlyAggregates/0/month", "2024-12").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem(AGGREGATES + "[0].month", "month 2024-12 lies outside period year 2025"));
  }

  @Test
  void rejectsTwoAggregatesForTheSameMonth() {
    byte[] json = example().with("/administrativeDossiers/monthlyAggregates/1/month", "2025-01").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem(AGGREGATES + "[1].month", "duplicate month 2025-01, already at " + AGGREGATES + "[0].month"));
  }

  @Test
  void rejectsPublishedProcedureCountsAboveTheProceduresInForce() {
    byte[] json = example().with("/procedurePublication/postedCount", 113)
        .with("/procedurePublication/onlineCount", 120).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.procedurePublication.postedCount", "postedCount 113 exceeds proceduresInForce 112"),
        problem("$.procedurePublication.onlineCount", "onlineCount 120 exceeds proceduresInForce 112"));
  }

  @Test
  void rejectsAChannelThatEndsBeforeItStarts() {
    byte[] json = example().with("/disclosures/0/channels/0/endDate", "2025-01-07")
        .with("/internalDisclosures/0/channels/0/endDate", "2024-12-31").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.disclosures[0].channels[0].endDate", "endDate 2025-01-07 is before startDate 2025-01-08"),
        problem("$.internalDisclosures[0].channels[0].endDate", "endDate 2024-12-31 is before startDate 2025-01-09"));
  }

  @Test
  void reportsCrossRecordProblemsTogetherWithStructuralOnes() {
    byte[] json = example().with("/complaints/0/complexity", "HARD").with("/complaints/1/id", "K-01").bytes();

    var problems = problemsOf(json);

    assertThat(problems).extracting(DossierProblem::path)
        .containsExactly("$.complaints[0].complexity", "$.complaints[1].id");
  }
}
