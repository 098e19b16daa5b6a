package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} on the worked example: the JSON contract, the text table, and a dossier with three mistakes. */
class EvaluateCommandTest {

  static final String EXAMPLE = "examples/chi-minh-2025.json";
  static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  static CliRun run;
  static JsonNode json;

  @BeforeAll
  static void evaluateTheExample() throws IOException {
    run = CliRun.of("evaluate", "--dossier", EXAMPLE);
    json = JSON.readTree(run.out());
  }

  @Test
  void evaluatingTheExampleExitsZeroAndPrintsOnlyJsonOnStdout() {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).startsWith("{").endsWith("}");
    assertThat(json.isObject()).isTrue();
  }

  @Test
  void theJsonHasTheContractFieldsInOrder() {
    List<String> fields = new ArrayList<>();

    json.fieldNames().forEachRemaining(fields::add);

    assertThat(fields).containsExactly("commune", "year", "ruleSet", "dossierHash", "groups", "findings",
        "adjustments", "total", "maxTotal", "grade", "bandGrade", "selfAssessment", "dossierWarnings", "gradeBands");
    assertThat(json.at("/commune/code").asText()).isEqualTo("11095");
    assertThat(json.at("/commune/name").asText()).isEqualTo("Chí Minh");
    assertThat(json.get("year").asInt()).isEqualTo(2025);
    assertThat(json.at("/ruleSet/profile").asText()).isEqualTo("reference-2025");
    assertThat(json.at("/ruleSet/hash").asText()).matches("[0-9a-f]{64}");
    assertThat(json.get("dossierHash").asText()).matches("[0-9a-f]{64}");
    assertThat(json.get("grade").asText()).isIn("TOT", "KHA", "TRUNG_BINH", "YEU", "KHONG_XEP_LOAI");
    assertThat(json.get("bandGrade").asText()).isIn("TOT", "KHA", "TRUNG_BINH", "YEU");
  }

  @Test
  void everyCatalogueCriterionHasExactlyOneFinding() throws IOException {
    List<String> catalogue = catalogueCriteria();

    List<String> findings = elements(json.get("findings")).map(f -> f.get("criterion").asText()).toList();

    assertThat(catalogue).isNotEmpty();
    assertThat(findings).containsExactlyInAnyOrderElementsOf(catalogue).doesNotHaveDuplicates();
  }

  @Test
  void findingsPartsAndChecksHaveTheContractShape() {
    JsonNode tc51 = finding("TC5.1");

    assertThat(fieldsOf(tc51)).containsExactly("criterion", "group", "title", "state", "points", "maxPoints", "parts",
        "facts", "warnings", "legalBasis", "explanation", "legalBases");
    assertThat(fieldsOf(tc51.get("title"))).containsExactly("vi", "en");
    assertThat(fieldsOf(tc51.get("explanation"))).containsExactly("vi", "en");
    JsonNode part = tc51.at("/parts/0");
    assertThat(fieldsOf(part)).containsExactly("id", "state", "points", "maxPoints", "applicable", "compliant",
        "checks", "note");
    JsonNode check = part.at("/checks/0");
    assertThat(fieldsOf(check)).containsExactly("records", "trigger", "due", "action", "compliant", "counted", "text");
    assertThat(check.at("/text/vi").asText()).isNotBlank();
    assertThat(check.at("/text/en").asText()).isNotBlank();
  }

  @Test
  void valuesFixedByTheProfileForGroupsThreeToFiveAreReproduced() {
    JsonNode tc51 = finding("TC5.1");

    assertThat(tc51.get("points").decimalValue()).isEqualByComparingTo("1.50");
    assertThat(tc51.get("maxPoints").decimalValue()).isEqualByComparingTo("2");
    assertThat(tc51.get("state").asText()).isEqualTo("PARTIAL");
    assertThat(tc51.get("group").asText()).isEqualTo("G5");
    assertThat(tc51.at("/title/vi").asText()).isEqualTo("Thụ lý khiếu nại đúng hạn");
    assertThat(group("G3").get("points").decimalValue()).isEqualByComparingTo("12.69");
    assertThat(group("G4").get("points").decimalValue()).isEqualByComparingTo("3.83");
    assertThat(group("G5").get("points").decimalValue()).isEqualByComparingTo("6.84");
  }

  @Test
  void theLateComplaintIsExplainedByItsCheckSentence() {
    JsonNode late = elements(finding("TC5.1").at("/parts/0/checks"))
        .filter(c -> !c.get("compliant").asBoolean()).findFirst().orElseThrow();

    assertThat(late.get("records").get(0).asText()).isEqualTo("K-02");
    assertThat(late.get("due").asText()).isEqualTo("2025-05-15");
    assertThat(late.get("action").asText()).isEqualTo("2025-05-19");
    assertThat(late.at("/text/vi").asText()).isEqualTo(
        "K-02: thụ lý hoặc từ chối thụ lý khiếu nại hạn 15/05/2025, thực hiện 19/05/2025, trễ 4 ngày (thời hạn 10 ngày"
            + " theo Luật Khiếu nại 02/2011/QH13).");
    assertThat(finding("TC5.1").at("/explanation/vi").asText()).contains(late.at("/text/vi").asText());
  }

  @Test
  void everyNumberHasAtMostTwoDecimals() {
    List<BigDecimal> numbers = new ArrayList<>();

    collectNumbers(json, numbers);

    assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(n.scale()).isLessThanOrEqualTo(2));
    assertThat(run.out()).doesNotContainPattern(":\\s*-?\\d+\\.\\d{3,}");
  }

  @Test
  void theTotalIsTheGroupsPlusTheAdjustmentsWithinZeroAndTheMaximum() {
    BigDecimal groups = elements(json.get("groups")).map(g -> g.get("points").decimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal adjustments = elements(json.get("adjustments")).map(a -> a.get("points").decimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);

    BigDecimal expected = groups.add(adjustments).max(BigDecimal.ZERO).min(json.get("maxTotal").decimalValue());

    assertThat(json.get("total").decimalValue()).isEqualByComparingTo(expected);
  }

  @Test
  void adjustmentsAreSignedAndNameTheirReasonInBothLanguages() {
    List<JsonNode> adjustments = elements(json.get("adjustments")).toList();

    assertThat(adjustments).isNotEmpty().allSatisfy(a -> {
      assertThat(fieldsOf(a)).containsExactly("id", "kind", "points", "fired", "gradeCap", "reason", "reasonEn",
          "records", "title", "legalBasis", "legalBases");
      if (a.get("kind").asText().equals("DEDUCTION")) {
        assertThat(a.get("points").decimalValue().signum()).isLessThanOrEqualTo(0);
      }
    });
    assertThat(adjustments).filteredOn(a -> a.get("fired").asBoolean()).isNotEmpty()
        .allSatisfy(a -> assertThat(a.get("reason").asText()).isNotBlank());
  }

  @Test
  void theTextFormatIsAVietnameseTableWithinOneHundredColumns() {
    CliRun text = CliRun.of("evaluate", "--dossier", EXAMPLE, "--format", "text");

    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("Xếp loại: ", "Tổng điểm", "Xã: Chí Minh", "Năm: 2025", "reference-2025",
        "Cộng nhóm G5", "Thụ lý khiếu nại đúng hạn", "1.50/2.00", "Đạt một phần", "GIẢI THÍCH",
        "K-02: thụ lý hoặc từ chối thụ lý khiếu nại hạn 15/05/2025");
    assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(100));
  }

  @Test
  void aDossierWithThreeMistakesExitsTwoAndNamesEveryPathOnStderr(@TempDir Path dir) throws IOException {
    ObjectNode dossier = (ObjectNode) JSON.readTree(Path.of(EXAMPLE).toFile());
    ((ObjectNode) dossier.get("period")).put("year", "năm 2025");
    ((ObjectNode) dossier.at("/complaints/0")).put("receivedDate", "2025-13-45");
    ((ObjectNode) dossier.at("/plans/0")).put("titel", "Kế hoạch");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, JSON.writeValueAsString(dossier), StandardCharsets.UTF_8);

    CliRun result = CliRun.of("evaluate", "--dossier", broken.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).anyMatch(l -> l.startsWith("$.period.year: "))
        .anyMatch(l -> l.startsWith("$.complaints[0].receivedDate: "))
        .anyMatch(l -> l.startsWith("$.plans[0].titel: "))
        .allMatch(l -> l.startsWith("$"));
  }

  static JsonNode finding(String criterion) {
    return elements(json.get("findings")).filter(f -> f.get("criterion").asText().equals(criterion)).findFirst()
        .orElseThrow();
  }

  static JsonNode group(String id) {
    return elements(json.get("groups")).filter(g -> g.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  static Stream<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  static List<String> fieldsOf(JsonNode node) {
    List<String> fields = new ArrayList<>();
    node.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  static void collectNumbers(JsonNode node, List<BigDecimal> into) {
    if (node.isNumber()) {
      into.add(node.decimalValue());
    }
    node.elements().forEachRemaining(child -> collectNumbers(child, into));
  }

  /** The criterion ids of every criteria.yaml of the shipped rules, read independently of the engine. */
  static List<String> catalogueCriteria() throws IOException {
    ObjectMapper yaml = new YAMLMapper();
    List<String> ids = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
      for (Path file : walk.filter(p -> p.getFileName().toString().equals("criteria.yaml")).sorted().toList()) {
        yaml.readTree(file.toFile()).path("criteria").forEach(c -> ids.add(c.get("id").asText()));
      }
    }
    return ids;
  }

  @Test
  void aFilledWorkbookIsEvaluatedLikeItsJson(@TempDir Path dir) throws IOException {
    Path workbook = dir.resolve("ho-so.xlsx");
    Files.write(workbook, new vn.qcdc.workbook.WorkbookConverter().export(Files.readAllBytes(Path.of(EXAMPLE))));

    CliRun fromWorkbook = CliRun.of("evaluate", "--dossier", workbook.toString());

    assertThat(fromWorkbook.exit()).as(fromWorkbook.err()).isZero();
    JsonNode result = JSON.readTree(fromWorkbook.out());
    assertThat(result.get("total").decimalValue()).isEqualByComparingTo(json.get("total").decimalValue());
    assertThat(result.get("grade").asText()).isEqualTo("KHA");
  }

  @Test
  void aWorkbookWithAnImpossibleDateExitsTwoNamingSheetCellAndPath(@TempDir Path dir) throws IOException {
    Path workbook = dir.resolve("ho-so-loi.xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
        new vn.qcdc.workbook.WorkbookConverter().export(Files.readAllBytes(Path.of(EXAMPLE)))));
        var out = Files.newOutputStream(workbook)) {
      book.getSheet("Khiếu nại").getRow(3).getCell(2).setCellValue("31/02/2025");
      book.write(out);
    }

    CliRun refused = CliRun.of("evaluate", "--dossier", workbook.toString());

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("Khiếu nại!C4 ($.complaints[0].receivedDate)").contains("31/02/2025");
  }
}
