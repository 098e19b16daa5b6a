package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.decimal;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.ExampleDossier.json;
import static vn.qcdc.dossier.Rejections.problem;
import static vn.qcdc.dossier.Rejections.problemsOf;

import org.junit.jupiter.api.Test;

class DossierReaderSchemaTest {

  @Test
  void rejectsDossierWithUnknownFieldNamingItsPath() {
    byte[] json = example().with("/complaints/3/decisonDate", "2025-12-30").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.complaints[3].decisonDate", "unknown field 'decisonDate' (did you mean 'decisionDate'?)"));
  }

  @Test
  void rejectsEvidenceOnANestedObjectThatIsNotARecord() {
    byte[] json = example().with("/disclosures/0/channels/0/evidence", json("[]")).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.disclosures[0].channels[0].evidence",
        "unknown field 'evidence' (only records carry id and evidence)"));
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    byte[] json = example().with("/complaints/1/withinCompetence", "yes").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.complaints[1].withinCompetence", "wrong type: expected boolean, found string \"yes\""));
  }

  @Test
  void rejectsAnUnknownEnumerationValueListingTheAllowedOnes() {
    byte[] json = example().with("/complaints/1/complexity", "HARD").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.complaints[1].complexity",
        "value \"HARD\" is not in enumeration ComplaintComplexity (allowed: NORMAL, COMPLEX)"));
  }

  @Test
  void rejectsAnImpossibleDate() {
    byte[] json = example().with("/complaints/3/receivedDate", "2025-02-30").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.complaints[3].receivedDate", "impossible date \"2025-02-30\""));
  }

  @Test
  void rejectsADateNotWrittenAsYearMonthDay() {
    byte[] json = example().with("/complaints/3/receivedDate", "15/12/2025").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.complaints[3].receivedDate", "not a date in yyyy-MM-dd form: \"15/12/2025\""));
  }

  @Test
  void rejectsAMonthThatIsNotACalendarMonth() {
    byte[] json = example().with("/administrativeDossiers/monthlyAggregates/0/month", "2025-13").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.administrativeDossiers.monthlyAggregates[0].month",
        "not a month in yyyy-MM form: \"2025-13\""));
  }

  @Test
  void rejectsANumberWithAFractionWhereAnIntegerIsRequiredEvenIfItIsWhole() {
    byte[] json = example().with("/commune/staffCount", decimal("3.0"))
        .with("/disclosureScope/itemsWithMatters/0", decimal("3.5")).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactlyInAnyOrder(
        problem("$.commune.staffCount", "wrong type: expected integer, found number 3.0"),
        problem("$.disclosureScope.itemsWithMatters[0]", "wrong type: expected integer, found number 3.5"));
  }

  @Test
  void rejectsAnIntegerTooLargeForAnIntAtItsFieldsMaximumBeforeBinding() {
    byte[] json = example().with("/commune/staffCount", 3_000_000_000L).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.commune.staffCount",
        "giá trị 3000000000 vượt mức tối đa 5000 (value 3000000000 is above the maximum 5000)"));
  }

  @Test
  void rejectsAMissingRequiredField() {
    byte[] json = example().without("/complaints/0/receivedDate").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.complaints[0].receivedDate", "missing required field 'receivedDate'"));
  }

  @Test
  void rejectsNullOnARequiredFieldAsMissing() {
    byte[] json = example().withNull("/commune/name").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.commune.name", "missing required field 'name'"));
  }

  @Test
  void rejectsARadioChannelWithoutEndDateNamingTheCondition() {
    byte[] json = example().without("/disclosures/5/channels/2/endDate").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.disclosures[5].channels[2].endDate",
        "missing field 'endDate', required when channel is RADIO"));
  }

  @Test
  void rejectsAnotherFormatVersion() {
    byte[] json = example().with("/formatVersion", "2.0").bytes();

    var problems = problemsOf(json);

    assertThat(problems).extracting(p -> p.path()).containsExactly("$.formatVersion");
  }

  @Test
  void rejectsACommuneWithoutVillagesOnceNotForEveryReference() {
    byte[] json = example().with("/commune/villages", json("[]")).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.commune.villages", "list must not be empty"));
  }

  @Test
  void rejectsNumbersOutsideTheirRange() {
    byte[] json = example().with("/procedurePublication", json(
            "{\"proceduresInForce\": 0, \"postedCount\": 0, \"onlineCount\": 0}"))
        .with("/disclosures/0/art11Item", 15).with("/targets/0/actualValue", decimal("-0.5")).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactlyInAnyOrder(
        problem("$.procedurePublication.proceduresInForce", "giá trị 0 nhỏ hơn mức tối thiểu 1 (value 0 is below the minimum 1)"),
        problem("$.disclosures[0].art11Item", "giá trị 15 vượt mức tối đa 14 (value 15 is above the maximum 14)"),
        problem("$.targets[0].actualValue", "giá trị -0.5 nhỏ hơn mức tối thiểu 0 (value -0.5 is below the minimum 0)"));
  }

  @Test
  void rejectsEmptyTextAndEmptyListsThatMustHaveElements() {
    byte[] json = example().with("/plans/0/title", "").with("/consultations/0/forms", json("[]")).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactlyInAnyOrder(
        problem("$.plans[0].title", "text must not be empty"),
        problem("$.consultations[0].forms", "list must not be empty"));
  }

  @Test
  void reportsThreeDifferentMistakesTogetherEachWithItsPath() {
    byte[] json = example()
        .with("/complaints/3/decisonDate", "2025-12-30")
        .with("/petitions/2/receivedDate", "2025-02-30")
        .with("/plans/1/id", "PL-01")
        .bytes();

    var problems = problemsOf(json);

    assertThat(problems).extracting(DossierProblem::path).containsExactlyInAnyOrder(
        "$.complaints[3].decisonDate", "$.petitions[2].receivedDate", "$.plans[1].id");
  }
}
