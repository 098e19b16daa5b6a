package vn.qcdc.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generates demo dossiers from the example: another commune, another year (every date and year moved by whole
 * years, so deadlines keep their length) and shortfalls that grow with the commune's weakness and the age of the year.
 */
final class DemoDossiers {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final int EXAMPLE_YEAR = 2025;

  private final ObjectNode example;

  DemoDossiers(byte[] exampleBytes) {
    try {
      this.example = (ObjectNode) JSON.readTree(exampleBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] generate(DemoCommune commune, int year) {
    ObjectNode d = example.deepCopy();
    shiftYears(d, year - EXAMPLE_YEAR);
    d.put("dossierId", "DEMO-" + commune.code() + "-" + year);
    ObjectNode c = (ObjectNode) d.get("commune");
    c.put("code", commune.code());
    c.put("name", commune.name());
    c.put("province", DemoCommune.PROVINCE);
    ObjectNode self = (ObjectNode) d.get("selfAssessment");
    if (self != null) {
      self.put("assessedBy", "UBND " + commune.name());
      BigDecimal claimed = new BigDecimal("92.5").subtract(BigDecimal.valueOf(commune.weakness() * 2L))
          .subtract(BigDecimal.valueOf(EXAMPLE_YEAR - year)).setScale(1);
      self.put("totalPoints", claimed);
      self.put("grade", claimed.compareTo(BigDecimal.valueOf(90)) >= 0 ? "TOT"
          : claimed.compareTo(BigDecimal.valueOf(75)) >= 0 ? "KHA" : "TRUNG_BINH");
    }
    Shortfalls.apply(d, commune.weakness() + (EXAMPLE_YEAR - year));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves every date, month and year of the tree by {@code years}. */
  static void shiftYears(JsonNode node, int years) {
    if (years == 0) {
      return;
    }
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = field.getValue();
        if (value.isTextual() && DATE.matcher(value.asText()).matches()) {
          field.setValue(TextNode.valueOf(LocalDate.parse(value.asText()).plusYears(years).toString()));
        } else if (value.isTextual() && MONTH.matcher(value.asText()).matches()) {
          field.setValue(TextNode.valueOf(YearMonth.parse(value.asText()).plusYears(years).toString()));
        } else if (value.isInt() && (field.getKey().equals("year") || field.getKey().endsWith("Year"))) {
          field.setValue(IntNode.valueOf(value.asInt() + years));
        } else {
          shiftYears(value, years);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (value.isTextual() && DATE.matcher(value.asText()).matches()) {
          array.set(i, TextNode.valueOf(LocalDate.parse(value.asText()).plusYears(years).toString()));
        } else {
          shiftYears(value, years);
        }
      }
    }
  }
}
