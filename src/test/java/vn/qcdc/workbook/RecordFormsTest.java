package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.qcdc.workbook.SectionStatus.Status;

/** Records added, changed and deleted one at a time, checked as the workbook checks them. */
class RecordFormsTest {

  private final RecordForms forms = new RecordForms(Fixtures.CONVERTER);
  private final byte[] example = Fixtures.exampleBytes();

  @Test
  void aRecordFormShowsTheValuesAsTheWorkbookDoes() {
    RecordForm form = forms.form(example, "complaints", 0);

    assertThat(value(form, "id")).isEqualTo("K-01");
    assertThat(value(form, "receivedDate")).isEqualTo("18/02/2025");
    assertThat(value(form, "withinCompetence")).isEqualTo("Có");
    assertThat(field(form, "outcome").input()).isEqualTo(FormField.Input.SELECT);
    assertThat(field(form, "outcome").options()).contains(value(form, "outcome"));
    assertThat(field(form, "receivedDate").input()).isEqualTo(FormField.Input.DATE);
  }

  @Test
  void villagesAndReferencedRecordsAreOfferedByName() {
    FormField village = field(forms.form(example, "meetings", 1), "villageId");
    FormField board = field(forms.form(example, "boardRecommendations", 0), "boardId");

    assertThat(village.input()).isEqualTo(FormField.Input.SELECT);
    assertThat(village.options()).contains("Thôn Đông", "Thôn Trung");
    assertThat(village.value()).isEqualTo("Thôn Đông");
    assertThat(board.input()).isEqualTo(FormField.Input.SELECT);
    assertThat(board.options()).containsExactly("BD-01", "BD-02", "BD-03");
    assertThat(board.value()).isEqualTo("BD-01");
  }

  @Test
  void aNewRecordIsOfferedTheNextIdOfItsSection() {
    assertThat(value(forms.form(example, "complaints", null), "id")).isEqualTo("K-06");
    assertThat(value(forms.form(example, "receptionSessions", null), "id")).isEqualTo("RS-50");
  }

  @Test
  void anAddedComplaintIsAppendedAndEveryOtherRecordIsKept() throws IOException {
    RecordEdit edit = forms.save(example, "complaints", null, complaint("K-06", "03/11/2025"));

    assertThat(edit.problems()).isEmpty();
    ObjectNode after = (ObjectNode) Fixtures.JSON.readTree(edit.json());
    JsonNode added = after.get("complaints").get(5);
    assertThat(added.get("id").asText()).isEqualTo("K-06");
    assertThat(added.get("receivedDate").asText()).isEqualTo("2025-11-03");
    assertThat(added.get("withinCompetence").asBoolean()).isTrue();
    ObjectNode before = Fixtures.example();
    before.withArray("complaints").add(added);
    assertThat(Fixtures.normalised(after)).isEqualTo(Fixtures.normalised(before));
  }

  @Test
  void wrongValuesAreBlamedOnTheirFieldsAndNothingIsReturned() {
    Map<String, String> fields = new HashMap<>(complaint("K-06", "31/02/2025").fields());
    fields.put("complexity", "Rất khó");
    fields.put("withinCompetence", "");

    RecordEdit edit = forms.save(example, "complaints", null, new RecordInput(fields, Map.of()));

    assertThat(edit.accepted()).isFalse();
    assertThat(edit.problem("receivedDate")).contains("31/02/2025").contains("không phải ngày có thật");
    assertThat(edit.problem("complexity")).contains("Rất khó");
    assertThat(edit.problem("withinCompetence")).isNotBlank();
  }

  @Test
  void aTextLongerThanAWorkbookCellIsRefusedOnItsField() {
    Map<String, String> fields = new HashMap<>(complaint("K-06", "03/11/2025").fields());
    fields.put("subject", "đ".repeat(40_000));

    RecordEdit edit = forms.save(example, "complaints", null, new RecordInput(fields, Map.of()));

    assertThat(edit.accepted()).isFalse();
    assertThat(edit.problem("subject")).contains("40000 ký tự").contains("32767");
  }

  @Test
  void aDisclosureIsSavedWithItsChannels() throws IOException {
    RecordForm form = forms.form(example, "disclosures", 1);
    RecordForm.NestedRows channels = form.nested().get(0);
    assertThat(channels.key()).isEqualTo("disclosures.channels");
    assertThat(channels.rows()).hasSize(3);

    Map<String, String> fields = new HashMap<>();
    form.fields().forEach(f -> fields.put(f.name(), f.value()));
    List<Map<String, String>> rows = List.of(channels.rows().get(0), Map.of("channel", "Cổng/trang thông tin điện tử",
        "startDate", "12/01/2025"));
    RecordEdit edit = forms.save(example, "disclosures", 1, new RecordInput(fields,
        Map.of("disclosures.channels", rows)));

    assertThat(edit.problems()).isEmpty();
    JsonNode saved = Fixtures.JSON.readTree(edit.json()).get("disclosures").get(1);
    assertThat(saved.get("channels")).hasSize(2);
    assertThat(saved.get("channels").get(1).get("startDate").asText()).isEqualTo("2025-01-12");
  }

  @Test
  void deletingTheLastRecordLeavesTheSectionNotReportedRatherThanDeclaredEmpty() throws IOException {
    byte[] dossier = example;
    for (int i = 4; i >= 0; i--) {
      RecordEdit edit = forms.delete(dossier, "complaints", i);
      assertThat(edit.problems()).isEmpty();
      dossier = edit.json();
    }
    assertThat(Fixtures.JSON.readTree(dossier).has("complaints")).isFalse();
    assertThat(status(dossier, "complaints")).isEqualTo(Status.NOT_REPORTED);
  }

  @Test
  void anAbsentSectionCanBeDeclaredEmpty() throws IOException {
    ObjectNode tree = Fixtures.example();
    tree.remove("petitions");
    byte[] dossier = Fixtures.bytes(tree);
    assertThat(status(dossier, "petitions")).isEqualTo(Status.NOT_REPORTED);

    RecordEdit edit = forms.declareNone(dossier, "petitions", Declarant.now("Nguyễn Văn An"));

    assertThat(status(edit.json(), "petitions")).isEqualTo(Status.DECLARED_NONE);
    assertThat(status(edit.json(), "complaints")).isEqualTo(Status.REPORTED);
  }

  @Test
  void aRecordThatIsNotThereIsRefused() {
    assertThatThrownBy(() -> forms.form(example, "complaints", 5)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> forms.delete(example, "complaints", 9)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> forms.form(example, "disclosureScope", 0)).isInstanceOf(NoSuchElementException.class);
  }

  private Status status(byte[] dossier, String section) {
    return new Completeness(Fixtures.CONVERTER).of(dossier).stream().filter(s -> s.key().equals(section))
        .findFirst().orElseThrow().status();
  }

  private static RecordInput complaint(String id, String received) {
    Map<String, String> fields = new HashMap<>();
    fields.put("id", id);
    fields.put("subject", "Khiếu nại quyết định thu hồi đất");
    fields.put("receivedDate", received);
    fields.put("withinCompetence", "Có");
    return new RecordInput(fields, Map.of());
  }

  private static FormField field(RecordForm form, String name) {
    return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static String value(RecordForm form, String name) {
    return field(form, name).value();
  }
}
