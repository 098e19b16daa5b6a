package vn.qcdc.hostile;

import static vn.qcdc.hostile.Example.edited;
import static vn.qcdc.hostile.Example.replacing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Hostile dossiers that are well-formed JSON but break the format: limits, types, dates, references. */
final class HostileDossiers {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HostileDossiers() {}

  static List<Hostile> all() {
    return List.of(
        raw("hugeExponent", () -> replacing("\"targetValue\": 90", "\"targetValue\": 1e1000000000"), "số quá lớn"),
        raw("tinyExponent", () -> replacing("\"actualValue\": 91.2", "\"actualValue\": 1e-1000000000"),
            "quá nhiều chữ số thập phân"),
        raw("zeroWithAHugeExponent", () -> replacing("\"targetValue\": 90", "\"targetValue\": 0e999999999"),
            "số quá lớn"),
        edit("integerOfThirtyDigits", d -> commune(d).put("staffCount", BigInteger.TEN.pow(29)), "số quá lớn"),
        edit("staffCountAboveItsMaximum", d -> commune(d).put("staffCount", 5001), "vượt mức tối đa 5000"),
        edit("moneyTargetAboveItsMaximum", d -> target(d).put("targetValue", new BigDecimal("1000000000000001")),
            "vượt mức tối đa 1000000000000000"),
        edit("negativeHouseholds", d -> village(d).put("households", -1), "nhỏ hơn mức tối thiểu 0"),
        edit("negativeActualValue", d -> target(d).put("actualValue", new BigDecimal("-0.5")),
            "nhỏ hơn mức tối thiểu 0"),
        edit("visitorsAboveTheMaximum", d -> first(d, "receptionSessions").put("visitorsCount", 10_001),
            "vượt mức tối đa 10000"),
        edit("nanAsAString", d -> target(d).put("actualValue", "NaN"), "expected number, found string \"NaN\""),
        edit("numberAsAString", d -> commune(d).put("staffCount", "22"), "expected integer, found string \"22\""),
        edit("integerWrittenWithAFraction", d -> commune(d).put("staffCount", new BigDecimal("22.0")),
            "expected integer, found number 22.0"),
        edit("booleanAsAString", d -> commune(d).put("hasRadio", "có"), "expected boolean"),
        edit("escapeSequenceInTheCommuneName", d -> commune(d).put("name", "\u001b[2JChí Minh"),
            "ký tự điều khiển U+001B"),
        edit("nulCharacterInATitle", d -> first(d, "plans").put("title", "Kế hoạch\u0000"),
            "ký tự điều khiển U+0000"),
        edit("loneSurrogateInASubject", d -> first(d, "complaints").put("subject", "\ud800"),
            "nửa cặp thay thế (surrogate) U+D800"),
        edit("textLongerThanASpreadsheetCell", d -> first(d, "complaints").put("subject", "x".repeat(32_768)),
            "vượt giới hạn 32.767 ký tự"),
        edit("idOfThreeHundredCharacters", d -> first(d, "complaints").put("id", "K" + "0".repeat(300)),
            "vượt giới hạn 200 ký tự"),
        edit("millionElementList", d -> d.putObject("disclosureScope").set("itemsWithMatters", zeros(1_000_000)),
            "danh sách có 1.000.000 phần tử"),
        edit("tenThousandAndOneComplaints", d -> d.set("complaints", emptyObjects(10_001)),
            "vượt giới hạn 10.000"),
        edit("thirteenMonthlyAggregates", d -> ((ArrayNode) d.at("/administrativeDossiers/monthlyAggregates"))
            .add(d.at("/administrativeDossiers/monthlyAggregates/0").deepCopy()), "vượt giới hạn 12"),
        edit("fiveThousandWrongPetitions", d -> d.set("petitions", wrongPetitions(5_000)), "… và 4.900 lỗi khác"),
        edit("anArrayWhereTheCommuneObjectIsExpected", d -> d.putArray("commune"), "expected object, found array"),
        edit("anObjectWhereTheComplaintsListIsExpected", d -> d.putObject("complaints"),
            "expected array, found object"),
        edit("periodAsAString", d -> d.put("period", "2025"), "expected object, found string"),
        edit("unknownTopLevelField", d -> d.put("hackerNote", "x"), "unknown field 'hackerNote'"),
        edit("misspeltFieldInARecord", d -> first(d, "complaints").put("decisonDate", "2025-06-01"),
            "did you mean 'decisionDate'"),
        edit("february31", d -> first(d, "complaints").put("receivedDate", "2025-02-31"), "impossible date"),
        edit("february29InACommonYear", d -> first(d, "complaints").put("receivedDate", "2025-02-29"),
            "impossible date"),
        edit("yearZeroDate", d -> first(d, "complaints").put("receivedDate", "0000-01-01"), "nằm quá xa kỳ đánh giá"),
        edit("fiveDigitYearDate", d -> first(d, "complaints").put("receivedDate", "99999-01-01"),
            "not a date in yyyy-MM-dd form"),
        edit("dateACenturyBeforeThePeriod", d -> first(d, "complaints").put("receivedDate", "1925-03-01"),
            "nằm quá xa kỳ đánh giá năm 2025"),
        edit("dateDecadesAfterThePeriod", d -> first(d, "complaints").put("decisionDate", "2099-12-31"),
            "nằm quá xa kỳ đánh giá năm 2025"),
        edit("dateWithATime", d -> first(d, "complaints").put("receivedDate", "2025-03-03T10:00:00"),
            "not a date in yyyy-MM-dd form"),
        edit("dateWrittenDayFirst", d -> first(d, "complaints").put("receivedDate", "03/03/2025"),
            "not a date in yyyy-MM-dd form"),
        edit("periodYearZero", d -> ((ObjectNode) d.get("period")).put("year", 0), "nhỏ hơn mức tối thiểu 2000"),
        edit("periodYear99999", d -> ((ObjectNode) d.get("period")).put("year", 99_999), "vượt mức tối đa 2100"),
        edit("idReusedByTwoComplaints", d -> ((ObjectNode) d.at("/complaints/1")).put("id", "K-01"),
            "duplicate id \"K-01\""),
        edit("dossierIdReusedByARecord", d -> first(d, "plans").put("id", "HSMC-11095-2025"), "duplicate id"),
        edit("referenceToAVillageThatDoesNotExist", d -> first(d, "villageConventions").put("villageId", "V99"),
            "refers to no element of commune.villages"),
        edit("communeMissing", d -> d.remove("commune"), "missing required field 'commune'"),
        edit("formatVersionTwo", d -> d.put("formatVersion", "2.0"), "(allowed: 1.0, 1.1)"),
        edit("unknownEnumerationValue", d -> first(d, "complaints").put("complexity", "HARD"),
            "not in enumeration ComplaintComplexity"),
        edit("bothFormsOfAdministrativeDossiers", d -> ((ObjectNode) d.get("administrativeDossiers"))
            .putArray("records"), "both records and monthlyAggregates"),
        edit("aggregateMonthOutsideThePeriod", d -> ((ObjectNode) d.at("/administrativeDossiers/monthlyAggregates/0"))
            .put("month", "2024-01"), "lies outside period year"),
        edit("onlineDossiersMoreThanReceived", d -> ((ObjectNode) d.at("/administrativeDossiers/monthlyAggregates/0"))
            .put("receivedOnline", 100_000), "exceeds received"),
        edit("noVillages", d -> commune(d).putArray("villages"), "list must not be empty"));
  }

  private static ObjectNode commune(ObjectNode d) {
    return (ObjectNode) d.get("commune");
  }

  private static ObjectNode village(ObjectNode d) {
    return (ObjectNode) d.at("/commune/villages/0");
  }

  private static ObjectNode target(ObjectNode d) {
    return first(d, "targets");
  }

  private static ObjectNode first(ObjectNode d, String section) {
    return (ObjectNode) d.get(section).get(0);
  }

  private static ArrayNode zeros(int count) {
    ArrayNode list = NODES.arrayNode(count);
    for (int i = 0; i < count; i++) {
      list.add(0);
    }
    return list;
  }

  private static ArrayNode emptyObjects(int count) {
    ArrayNode list = NODES.arrayNode(count);
    for (int i = 0; i < count; i++) {
      list.addObject();
    }
    return list;
  }

  /** Petitions whose only fault is {@code withinCompetence} written as text: one problem each. */
  private static ArrayNode wrongPetitions(int count) {
    ArrayNode list = NODES.arrayNode(count);
    for (int i = 0; i < count; i++) {
      list.addObject().put("id", "PA-X" + i).put("receivedDate", "2025-03-03").put("channel", "MAIL")
          .put("withinCompetence", "có").put("protracted", false);
    }
    return list;
  }

  private static Hostile edit(String name, Consumer<ObjectNode> change, String expected) {
    return raw(name, () -> edited(change), expected);
  }

  private static Hostile raw(String name, Supplier<byte[]> bytes, String expected) {
    return new Hostile(name, name + ".json", Memo.of(name, bytes), expected);
  }
}
