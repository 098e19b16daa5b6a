package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

  private static final List<String> COMPLAINT_DATES = List.of("receivedDate", "acceptedDate", "decisionDate");

  @Test
  void suggestsTheFieldAMisspeltNameWasMeantToBe() {
    String suggestion = FieldNames.closest("decisonDate", COMPLAINT_DATES);

    assertThat(suggestion).isEqualTo("decisionDate");
  }

  @Test
  void ignoresCaseWhenSuggesting() {
    String suggestion = FieldNames.closest("AcceptedDate", COMPLAINT_DATES);

    assertThat(suggestion).isEqualTo("acceptedDate");
  }

  @Test
  void suggestsNothingForANameFarFromEveryField() {
    String suggestion = FieldNames.closest("note", COMPLAINT_DATES);

    assertThat(suggestion).isNull();
  }

  @Test
  void suggestsNothingForAShortNameThatIsNotAnExactMatch() {
    String suggestion = FieldNames.closest("id", List.of("kind", "ids"));

    assertThat(suggestion).isNull();
  }
}
