package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.ExampleDossier.json;
import static vn.qcdc.dossier.Rejections.problem;
import static vn.qcdc.dossier.Rejections.problemsOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record lists are streamed: each record is read, checked and bound on its own. What a dossier gets must not
 * depend on that: the same problems in the same order, the same facts, wherever its members stand in the file.
 */
class DossierStreamingTest {

  private static final int MANY = 3_000;

  private final DossierReader reader = new DossierReader();

  @Test
  void handsEachRecordOnItsOwnAndKeepsOnlyTheTopLevelWithEmptyLists() throws Exception {
    byte[] json = example().with("/administrativeDossiers", json("{\"records\": [" + ADMIN_RECORD + "]}")).bytes();
    DossierSchema schema = new DossierSchema();
    StrictJson strictJson = new StrictJson();
    DossierStream stream = new DossierStream(strictJson, new SchemaWalk(schema.tree()),
        DossierStream.recordLists(schema.tree()));
    List<String> records = new ArrayList<>();

    JsonNode top = stream.read(strictJson.open(json), new DossierStream.Sink() {
      @Override
      public void record(String list, int index, JsonNode record, JsonPaths.At path, SchemaWalk.Step step) {
        records.add(path + " " + record.path("id").asText());
      }
    });

    assertThat(records).hasSize(5 + 49 + 10 + 1 + 3 + 7 + 3 + 12 + 4 + 5 + 3 + 10 + 3 + 4 + 2 + 3 + 2 + 6 + 10 + 6 + 2
        + 1 + 4 + 4).contains("$.complaints[4] K-05", "$.administrativeDossiers.records[0] HS-1");
    assertThat(top.path("complaints")).isEmpty();
    assertThat(top.at("/administrativeDossiers/records").isArray()).isTrue();
    assertThat(top.at("/administrativeDossiers/records")).isEmpty();
    assertThat(top.at("/commune/villages")).hasSize(6);
  }

  @Test
  void readsTheSameFactsAndWarningsWhereverTheTopLevelMembersStand() throws Exception {
    ExampleDossier dossier = example().with("/complaints/0/decisionDate", "2025-02-20"); // one warning
    byte[] asWritten = dossier.bytes();
    byte[] periodAndCommuneLast = reordered(dossier, "period", "commune");
    byte[] reversed = reversed(dossier);

    ParsedDossier expected = reader.read(asWritten);

    assertThat(expected.warnings()).hasSize(1);
    for (byte[] json : List.of(periodAndCommuneLast, reversed)) {
      ParsedDossier parsed = reader.read(json);
      assertThat(parsed.dossier()).isEqualTo(expected.dossier());
      assertThat(parsed.warnings()).isEqualTo(expected.warnings());
    }
  }

  @Test
  void checksTheDatesOfRecordsReadBeforeThePeriodAgainstThePeriodYear() {
    ExampleDossier dossier = example().with("/complaints/1/receivedDate", "1025-03-01");

    var problems = problemsOf(reordered(dossier, "period"));

    assertThat(problems).containsExactly(problem("$.complaints[1].receivedDate", "ngày 01/03/1025 nằm quá xa kỳ đánh"
        + " giá năm 2025: chỉ nhận ngày từ 01/01/1975 đến 31/12/2030 (date 1025-03-01 is too far from the period"
        + " year; dates from 1975-01-01 to 2030-12-31 are accepted)"));
  }

  @Test
  void namesTheDossierIdAsTheFirstUseOfAnIdEvenWhenItComesAfterTheRecords() {
    ExampleDossier dossier = example().with("/plans/0/id", "HSMC-11095-2025");

    var problems = problemsOf(reordered(dossier, "dossierId"));

    assertThat(problems).containsExactly(
        problem("$.plans[0].id", "duplicate id \"HSMC-11095-2025\", already used at $.dossierId"));
  }

  @Test
  void acceptsABoardIdWhoseBoardIsListedLaterInTheFile() throws Exception {
    byte[] json = reordered(example(), "boards");

    ParsedDossier parsed = reader.read(json);

    assertThat(parsed.dossier().boardRecommendations().get(0).boardId()).isEqualTo("BD-01");
  }

  @Test
  void listsTheRecordsProblemsListByListInTheSchemasOrderWhateverTheFilesOrder() {
    ExampleDossier dossier = example().with("/complaints/0/outcome", "LOST").with("/plans/0/kind", "DREAM");

    var problems = problemsOf(reordered(dossier, "plans"));

    assertThat(problems).extracting(DossierProblem::path).containsExactly("$.plans[0].kind", "$.complaints[0].outcome");
  }

  @Test
  void listsTheFirstHundredProblemsOfManyRecordsInOrderAndCountsTheRest() {
    ArrayNode petitions = petitions(MANY);
    for (int i = 0; i < MANY; i += 10) {
      ((ObjectNode) petitions.get(i)).put("receivedDate", "2025-02-30");
    }
    byte[] json = example().with("/petitions", petitions).with("/plans/0/kind", "DREAM").bytes();

    InvalidDossierException rejection = rejectionOf(json);

    assertThat(rejection.total()).isEqualTo(1 + MANY / 10);
    assertThat(rejection.listed()).hasSize(100);
    assertThat(rejection.listed().get(0).path()).isEqualTo("$.plans[0].kind");
    assertThat(rejection.listed().get(1)).isEqualTo(
        problem("$.petitions[0].receivedDate", "impossible date \"2025-02-30\""));
    assertThat(rejection.listed().get(99).path()).isEqualTo("$.petitions[980].receivedDate");
  }

  @Test
  void bindsEveryRecordOfManyToTheFactsOfItsList() throws Exception {
    byte[] json = example().with("/petitions", petitions(MANY))
        .with("/administrativeDossiers", json("{\"records\": [" + ADMIN_RECORD + "]}")).bytes();

    ParsedDossier parsed = reader.read(json);

    assertThat(parsed.dossier().petitions()).hasSize(MANY);
    assertThat(parsed.dossier().petitions().get(MANY - 1).id()).isEqualTo("P-" + (MANY - 1));
    assertThat(parsed.dossier().administrativeDossiers().records()).singleElement()
        .satisfies(r -> assertThat(r.procedureName()).isEqualTo("Đăng ký khai sinh"));
    assertThat(parsed.dossier().administrativeDossiers().monthlyAggregates()).isEmpty();
  }

  @Test
  void rejectsADuplicateKeyInsideARecordAfterManyRecordsCountingColumnsInCharacters() {
    String text = compact(example().with("/petitions", petitions(MANY)));
    String record = "{\"id\":\"P-2999\",";
    String duplicated = text.replace(record, record + "\"subject\":\"Đèn\",\"subject\":\"x\",");
    int column = duplicated.indexOf("\"subject\":\"x\"") + 1 + "\"subject\"".length();

    var problems = problemsOf(duplicated.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).containsExactly(problem("$.petitions[2999].subject",
        "duplicate key 'subject' at line 1, column " + column));
  }

  @Test
  void dropsANullMemberInsideARecordAsIfItWereAbsent() throws Exception {
    byte[] withNull = example().withNull("/complaints/0/decisionSentDate").withNull("/petitions/3/subject").bytes();
    byte[] without = example().without("/complaints/0/decisionSentDate").without("/petitions/3/subject").bytes();

    ParsedDossier parsed = reader.read(withNull);

    assertThat(parsed.dossier()).isEqualTo(reader.read(without).dossier());
    assertThat(parsed.dossier().complaints().get(0).decisionSentDate()).isNull();
  }

  @Test
  void rejectsARecordListPastItsMaximumForItsLengthAloneThoughItsRecordsAreWrong() {
    ArrayNode declarations = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 30; i++) {
      declarations.addObject().put("section", "nowhere").put("declaredAt", "31/12/2025");
    }
    byte[] json = example().with("/formatVersion", "1.1").with("/declarations", declarations)
        .with("/complaints/0/outcome", "LOST").bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.declarations", "danh sách có 30 phần tử, vượt giới hạn 24 của định"
        + " dạng (list has 30 elements; the format allows at most 24)"));
  }

  @Test
  void listsAListPastItsMaximumInDocumentOrderAndDropsTheListsOfItsOwnRecords() {
    ObjectNode tooMuchEvidence = (ObjectNode) example().tree().at("/quarterlyDisclosureLists/0");
    tooMuchEvidence.set("evidence", copies(example().tree().at("/plans/0/evidence/0"), 101));
    byte[] json = example()
        .with("/disclosures/11/channels", copies(example().tree().at("/disclosures/0/channels/0"), 1001))
        .with("/quarterlyDisclosureLists", copies(tooMuchEvidence, 101))
        .with("/boards/0/members", copies(example().tree().at("/boards/0/members/0"), 101)).bytes();

    var problems = problemsOf(json);

    assertThat(problems).extracting(DossierProblem::path)
        .containsExactly("$.disclosures[11].channels", "$.quarterlyDisclosureLists", "$.boards[0].members");
  }

  @Test
  void rejectsANulByteAfterManyRecordsWithItsOffsetAndLine() {
    byte[] json = nearTheEnd(example().with("/petitions", petitions(MANY)).bytes(), (byte) 0);
    int offset = json.length - 2;

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$", "file is not UTF-8: NUL byte at offset " + offset + " (line "
        + lineOf(json, offset) + "), as in UTF-16 text; save it as UTF-8"));
  }

  @Test
  void rejectsABadUtf8ByteAfterManyRecordsWithItsOffsetAndLine() {
    byte[] json = nearTheEnd(example().with("/petitions", petitions(MANY)).bytes(), (byte) 0xC3);
    int offset = json.length - 2;

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$", "file is not UTF-8: invalid byte 0xC3 at offset " + offset
        + " (line " + lineOf(json, offset) + "); save it as UTF-8"));
  }

  @Test
  void rejectsARecordListThatIsNotAListAndARecordThatIsNotAnObject() {
    byte[] json = example().with("/complaints", json("{\"id\": \"K-01\"}")).with("/petitions/1", 7).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$.complaints", "wrong type: expected array, found object"),
        problem("$.petitions[1]", "wrong type: expected object, found number 7"));
  }

  @Test
  void skipsOneByteOrderMarkAndRefusesASecondAsTheTextReadingDid() throws Exception {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] once = concat(mark, example().bytes());
    byte[] twice = concat(mark, once);

    var problems = problemsOf(twice);

    assertThat(reader.read(once).dossier()).isEqualTo(reader.read(example().bytes()).dossier());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).startsWith("malformed JSON at line 1, column 1: Unexpected character ('\uFEFF' (code"
          + " 65279 / 0xfeff))");
    });
  }

  @Test
  void rejectsMalformedJsonAfterVietnameseTextCountingTheColumnInCharacters() {
    String text = compact(example());
    String cut = text.substring(0, text.indexOf("\"subject\":\"Đề nghị sửa chữa đèn")) + "\"subject\" \"x\"}]}";
    int column = cut.indexOf("\"subject\" \"x\"") + 1 + "\"subject\" ".length();

    var problems = problemsOf(cut.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.petitions[0].subject");
      assertThat(p.message()).startsWith("malformed JSON at line 1, column " + column + ": Unexpected character");
    });
  }

  private static final String ADMIN_RECORD = "{\"id\": \"HS-1\", \"procedureCode\": \"1.001612\", \"procedureName\":"
      + " \"Đăng ký khai sinh\", \"receivedDate\": \"2025-08-20\", \"online\": false, \"dueDate\": \"2025-08-21\","
      + " \"resultDate\": \"2025-08-21\"}";

  /** Many copies of the example's first petition, each with its own id. */
  private static ArrayNode petitions(int count) {
    JsonNode first = example().tree().at("/petitions/0");
    ArrayNode petitions = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < count; i++) {
      petitions.add(((ObjectNode) first.deepCopy()).put("id", "P-" + i));
    }
    return petitions;
  }

  private static ArrayNode copies(JsonNode element, int count) {
    ArrayNode copies = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < count; i++) {
      copies.add(element.deepCopy());
    }
    return copies;
  }

  /** The dossier with the named members moved to the end of the file. */
  private static byte[] reordered(ExampleDossier dossier, String... last) {
    ObjectNode tree = (ObjectNode) dossier.tree();
    ObjectNode moved = JsonNodeFactory.instance.objectNode();
    tree.properties().forEach(m -> {
      if (!Arrays.asList(last).contains(m.getKey())) {
        moved.set(m.getKey(), m.getValue());
      }
    });
    Arrays.stream(last).forEach(name -> moved.set(name, tree.get(name)));
    return moved.toPrettyString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] reversed(ExampleDossier dossier) {
    ObjectNode tree = (ObjectNode) dossier.tree();
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    Collections.reverse(names);
    return reordered(dossier, names.toArray(String[]::new));
  }

  private static String compact(ExampleDossier dossier) {
    return dossier.tree().toString();
  }

  /** The bytes with {@code b} in place of the line break before the closing brace, after every record. */
  private static byte[] nearTheEnd(byte[] json, byte b) {
    assertThat(new String(json, json.length - 2, 2, StandardCharsets.UTF_8)).isEqualTo("\n}");
    byte[] changed = json.clone();
    changed[json.length - 2] = b;
    return changed;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static int lineOf(byte[] json, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += json[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  private static InvalidDossierException rejectionOf(byte[] json) {
    try {
      new DossierReader().read(json);
    } catch (InvalidDossierException e) {
      return e;
    }
    throw new AssertionError("the dossier was accepted, a rejection was expected");
  }
}
