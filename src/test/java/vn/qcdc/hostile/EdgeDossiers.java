package vn.qcdc.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Dossiers that are valid but sit on the format's limits: every number at its maximum, dates at both edges of the
 * window and far apart, texts one spreadsheet cell long, numbers with all their digits, full sections. Each belongs
 * to commune {@link #COMMUNE}, which no other test uses.
 */
final class EdgeDossiers {

  static final String COMMUNE = "19001";
  private static final JsonNode SCHEMA = schema();

  private EdgeDossiers() {}

  static List<Hostile> all() {
    return List.of(
        of("everyNumberAtItsMaximum", d -> walk(SCHEMA, d, "$", (rule, node) -> {
          if (node.isObject()) {
            ((ObjectNode) node).properties().forEach(e -> {
              JsonNode property = resolve(rule.path("properties").path(e.getKey()));
              boolean number = property.has("maximum") && e.getValue().isNumber();
              if (number && !e.getKey().equals("year")) {
                ((ObjectNode) node).set(e.getKey(), property.get("maximum"));
              }
            });
          }
        })),
        of("everyDateOnTheFirstDayOfTheWindow", d -> everyDate(d, "1975-01-01")),
        of("everyDateOnTheLastDayOfTheWindow", d -> everyDate(d, "2030-12-31")),
        of("complaintsReceivedFiftyFiveYearsBeforeTheyWereDecided", d -> d.get("complaints").forEach(c -> {
          ObjectNode complaint = (ObjectNode) c;
          complaint.put("receivedDate", "1975-01-01");
          List.of("acceptedDate", "decisionDate", "decisionSentDate", "dialogueDate").forEach(f -> {
            if (complaint.has(f)) {
              complaint.put(f, "2030-12-31");
            }
          });
        })),
        of("textsOneSpreadsheetCellLong", d -> {
          ((ObjectNode) d.get("commune")).put("name", ("Chí Minh " + "x".repeat(32_767)).substring(0, 32_767));
          ((ObjectNode) d.at("/complaints/0")).put("subject", "x".repeat(32_767)).put("id", "K".repeat(200));
          ArrayNode bases = ((ObjectNode) d.at("/plans/0")).putArray("citedBases");
          for (int i = 0; i < 50; i++) {
            bases.add(("Căn cứ " + i + " " + "x".repeat(600)).substring(0, 600));
          }
        }),
        of("numbersWithAllTheirDigits", d -> ((ObjectNode) d.at("/targets/0"))
            .put("targetValue", new BigDecimal("999999999999999.12345678901234567890"))
            .put("actualValue", new BigDecimal("0.00000000000000000001"))),
        of("tabsAndLineBreaksInTexts", d -> ((ObjectNode) d.at("/complaints/0"))
            .put("subject", "Khiếu nại\tvề đất\r\nthôn Đông")),
        of("tenThousandComplaints", d -> {
          ArrayNode complaints = d.putArray("complaints");
          for (int i = 0; i < 10_000; i++) {
            complaints.addObject().put("id", "KN-" + i).put("receivedDate", "2025-03-03")
                .put("withinCompetence", i % 2 == 0).put("acceptedDate", "2025-03-10").put("complexity", "NORMAL")
                .put("decisionDate", "2025-04-01");
          }
        }));
  }

  private static void everyDate(ObjectNode dossier, String date) {
    walk(SCHEMA, dossier, "$", (rule, node) -> {
      if (node.isObject()) {
        ((ObjectNode) node).properties().forEach(e -> {
          JsonNode property = rule.path("properties").path(e.getKey());
          if (property.path("$ref").asText().equals("#/$defs/date")) {
            ((ObjectNode) node).put(e.getKey(), date);
          }
        });
      }
    });
  }

  /** Visits every object of the dossier with its rule, depth first. */
  private static void walk(JsonNode rule, JsonNode node, String path, BiConsumer<JsonNode, JsonNode> visitor) {
    JsonNode resolved = resolve(rule);
    visitor.accept(resolved, node);
    if (node.isObject()) {
      node.properties().forEach(e -> walk(resolved.path("properties").path(e.getKey()), e.getValue(),
          path + "." + e.getKey(), visitor));
    } else if (node.isArray()) {
      node.forEach(element -> walk(resolved.path("items"), element, path, visitor));
    }
  }

  private static JsonNode resolve(JsonNode rule) {
    JsonNode node = rule;
    while (node.has("$ref")) {
      node = SCHEMA.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  private static Hostile of(String name, Consumer<ObjectNode> change) {
    return new Hostile(name, name + ".json", Memo.of(name, () -> Example.edited(d -> {
      ((ObjectNode) d.get("commune")).put("code", COMMUNE);
      d.put("dossierId", "HSMC-" + COMMUNE + "-" + name);
      change.accept(d);
    })), "");
  }

  private static JsonNode schema() {
    try (InputStream in = EdgeDossiers.class.getResourceAsStream("/dossier/dossier-1.0.schema.json")) {
      return Example.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
