package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;
import static vn.qcdc.workbook.Fixtures.normalised;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qcdc.dossier.DossierReader;

/** Dossiers other than the example survive export to the workbook and conversion back unchanged. */
class GeneratedVariationsRoundTripTest {

  private static final SchemaModel SCHEMA = new WorkbookLayout().schema();

  static Stream<Arguments> variations() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("administrative dossiers as records (form A)", formA()));
    all.add(Arguments.of("sparse: sections absent or declared empty", sparse()));
    all.add(Arguments.of("rich: conditional fields, nested lists, evidence, shared village names", rich()));
    for (int seed = 1; seed <= 4; seed++) {
      all.add(Arguments.of("random variation, seed " + seed, random(seed)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variations")
  void theDossierComesBackFromItsWorkbookUnchanged(String name, ObjectNode dossier) throws Exception {
    byte[] json = Fixtures.bytes(dossier);
    new DossierReader().read(json);

    ConversionResult result = Fixtures.convert(CONVERTER.export(json));

    assertThat(result.problems()).isEmpty();
    assertThat(normalised(Fixtures.tree(result.json()))).isEqualTo(normalised(dossier));
  }

  private static ObjectNode formA() {
    ObjectNode dossier = Fixtures.example();
    dossier.set("administrativeDossiers", Fixtures.tree("""
        {"records": [
          {"id": "HS-000812", "procedureCode": "1.001612", "procedureName": "Đăng ký khai sinh", "receivedDate": "2025-03-03",
           "online": true, "dueDate": "2025-03-04", "resultDate": "2025-03-04"},
          {"id": "HS-001207", "procedureCode": "1.004227", "receivedDate": "2025-03-10", "online": false,
           "dueDate": "2025-03-13", "apologyLetterDate": "2025-03-12", "newDueDate": "2025-03-17", "rescheduleCount": 1,
           "resultDate": "2025-03-17",
           "evidence": [{"documentDate": "2025-03-12", "title": "Phiếu xin lỗi và hẹn lại ngày trả kết quả"}]},
          {"id": "HS-001544", "procedureCode": "2.000908", "receivedDate": "2025-03-17", "online": false,
           "completionRequestDate": "2025-03-19", "dueDate": "2025-04-02", "resultDate": "2025-03-31"}]}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return dossier;
  }

  private static ObjectNode sparse() {
    ObjectNode dossier = Fixtures.example();
    for (String section : List.of("petitions", "denunciations", "selfAssessment", "satisfactionSystem",
        "disclosureScope", "procedurePublication", "administrativeDossiers", "boardRecommendations")) {
      dossier.remove(section);
    }
    dossier.putArray("complaints");
    dossier.putArray("violations");
    ObjectNode commune = (ObjectNode) dossier.get("commune");
    commune.remove("district");
    commune.put("remoteArea", true);
    ((ObjectNode) dossier.get("period")).remove("compiledDate");
    return dossier;
  }

  private static ObjectNode rich() {
    ObjectNode d = Fixtures.example();
    ArrayNode villages = (ArrayNode) d.at("/commune/villages");
    villages.add(object("{\"id\": \"V07\", \"name\": \"Khu Mới\", \"households\": 40}"));
    villages.add(object("{\"id\": \"V08\", \"name\": \"Khu Mới\", \"households\": 52}"));
    ((ArrayNode) d.get("meetings")).add(object("""
        {"id": "MT-X", "meetingType": "COMMUNITY_PERIODIC", "date": "2025-12-20", "villageId": "V08", "noticeDate": "2025-12-15"}"""));
    ((ArrayNode) d.get("boards")).add(object("""
        {"id": "BD-X", "boardType": "BAN_GSDTCD", "name": "Ban Giám sát đầu tư của cộng đồng công trình nhà văn hóa",
         "projectRef": "Nhà văn hóa thôn Nam", "activeFrom": "2025-03-01", "activeTo": "2025-11-30", "supportProvided": false,
         "members": [{"name": "Nguyễn Văn A", "boardRole": "HEAD", "villageId": "V03", "isCommuneStaff": false, "agencyPosition": "NONE"},
                     {"boardRole": "MEMBER", "isCommuneStaff": true, "agencyPosition": "OTHER"}]}"""));
    ((ArrayNode) d.get("violations")).add(object("""
        {"id": "VL-X", "incidentType": "STAFF_DISCIPLINE", "description": "Sách nhiễu người dân khi chứng thực",
         "personRef": "P-17", "personRole": "COMMUNE_CIVIL_SERVANT", "misconduct": "HARASSMENT", "sanction": "REPRIMAND",
         "sanctionDate": "2025-08-11", "ubndAtFault": true, "massComplaint": false}"""));
    ((ArrayNode) d.get("communityDecisions")).add(object("""
        {"id": "ND-X", "scope": "COMMUNE_WIDE", "art15Item": 2, "title": "Mức đóng góp xây dựng đường liên thôn",
         "form": "ONLINE_VOTE", "noticeDate": "2025-06-01", "documentsSentDate": "2025-06-02", "voteStartDate": "2025-06-10",
         "voteEndDate": "2025-06-20", "householdsTotal": 1889, "householdsRepresented": 1500, "votesFor": 1300,
         "villagesTotal": 6, "villagesApproving": 6, "householdsAgreeingOnline": 1600, "result": "ADOPTED", "minutesKept": true}"""));
    ObjectNode consultation = (ObjectNode) d.at("/consultations/0");
    consultation.put("sectorMinimumDays", 30).put("sectorBasis", "Khoản 2 Điều 43 Luật Đất đai");
    ObjectNode disclosure = (ObjectNode) d.at("/disclosures/0");
    disclosure.set("sectorDeadline", object("{\"value\": 5, \"unit\": \"WORKING_DAYS\", \"basis\": \"Điều 12 Nghị định X\"}"));
    ((ObjectNode) disclosure.at("/channels/0")).put("permanent", true).put("location", "Bộ phận Một cửa; bảng tin 'A'");
    ((ObjectNode) d.at("/denunciations/2")).set("extensions",
        Fixtures.tree("[{\"decisionDate\": \"2025-12-01\", \"days\": 30}, {\"decisionDate\": \"2025-12-20\", \"days\": 15}]"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    ObjectNode plan = (ObjectNode) d.at("/plans/0");
    plan.set("components", Fixtures.tree("[\"DAN_VAN_PLAN\", \"DISCLOSURE_PLAN\", \"CONSULTATION_PLAN\"]"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    plan.set("disclosurePlanElements", Fixtures.tree("[\"CONTENT\", \"DURATION\"]"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    ((ObjectNode) d.at("/targets/0")).put("actualValue", new java.math.BigDecimal("12.75"));
    ((ObjectNode) d.at("/targets/1")).remove("actualValue");
    ((ObjectNode) d.at("/complaints/0")).put("subject", "Dòng thứ nhất\nDòng thứ hai, có \"ngoặc kép\"")
        .set("evidence", Fixtures.tree("[{\"documentDate\": \"2025-01-10\", \"title\": \"Đơn khiếu nại\", \"fileRef\": \"urn:x:1\"}]"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    ((ObjectNode) d.get("selfAssessment")).remove("grade");
    ((ObjectNode) d.at("/selfAssessment/criteria/0")).put("note", "Tự đánh giá đạt");
    return d;
  }

  /** The example with sections dropped or emptied and optional fields dropped at random (seeded, so repeatable). */
  private static ObjectNode random(int seed) {
    Random random = new Random(seed);
    ObjectNode d = Fixtures.example();
    Set<String> required = new HashSet<>(SchemaModel.required(SCHEMA.root()));
    for (String section : new ArrayList<>(SchemaModel.propertyNames(SCHEMA.root()))) {
      if (required.contains(section) || !d.has(section)) {
        continue;
      }
      double draw = random.nextDouble();
      if (draw < 0.15 && !section.equals("boards")) {
        d.remove(section);
      } else if (draw < 0.25 && d.get(section).isArray() && !section.equals("boards")) {
        d.putArray(section);
      } else {
        dropOptionalFields(d.get(section), SCHEMA.root().path("properties").path(section), random);
      }
    }
    return d;
  }

  private static void dropOptionalFields(JsonNode node, JsonNode property, Random random) {
    String def = SchemaModel.refName(property.has("items") ? property.path("items") : property);
    if (def == null || !SCHEMA.isObject(def)) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> dropOptionalFields(element, property.path("items"), random));
      return;
    }
    JsonNode schema = SCHEMA.def(def);
    Set<String> keep = new HashSet<>(SchemaModel.required(schema));
    schema.path("allOf").forEach(rule -> {
      rule.path("then").path("required").forEach(f -> keep.add(f.asText()));
      rule.path("if").path("required").forEach(f -> keep.add(f.asText()));
      rule.path("if").path("properties").fieldNames().forEachRemaining(keep::add);
    });
    ObjectNode object = (ObjectNode) node;
    for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
      JsonNode fieldSchema = schema.path("properties").path(field.getKey());
      if (!keep.contains(field.getKey()) && random.nextDouble() < 0.3) {
        object.remove(field.getKey());
      } else {
        dropOptionalFields(field.getValue(), fieldSchema, random);
      }
    }
  }

  private static ObjectNode object(String json) {
    return (ObjectNode) Fixtures.tree(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
