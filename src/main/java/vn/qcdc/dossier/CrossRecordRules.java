package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rejection rules of format §1.6 that JSON Schema cannot express: unique ids, references, the single form of
 * administrative dossiers, subset counts, aggregate months, procedure counts and channel dates.
 *
 * <p>The rules read the JSON tree defensively, so they also run on a dossier with structural problems and all
 * problems are reported together; a value of the wrong type is left to the schema and skipped here, as are
 * village references when {@code commune.villages} is missing or empty (the schema reports that once).
 */
final class CrossRecordRules {

  private static final String ADMIN = "$.administrativeDossiers";

  /** The count in field {@code part} is a subset of, so at most, the count in field {@code whole}. */
  private record Subset(String part, String whole) {}

  private static final List<Subset> AGGREGATE_SUBSETS = List.of(
      new Subset("receivedOnline", "received"),
      new Subset("settledLateOnline", "settledLate"),
      new Subset("lateWithCompliantApology", "settledLate"),
      new Subset("completionRequestsWithin3Wd", "completionRequests"));
  private static final List<Subset> PENDING_SUBSETS = List.of(
      new Subset("pendingOverdueOnline", "pendingOverdue"),
      new Subset("pendingOverdueWithCompliantApology", "pendingOverdue"));
  private static final List<Subset> PUBLICATION_SUBSETS = List.of(
      new Subset("postedCount", "proceduresInForce"),
      new Subset("onlineCount", "proceduresInForce"));

  void check(JsonNode dossier, ProblemList problems) {
    if (!dossier.isObject()) {
      return;
    }
    checkUniqueIds(dossier, problems);
    JsonNode villages = dossier.at("/commune/villages");
    if (villages.isArray() && !villages.isEmpty()) {
      checkReferences(dossier, "villageId", idsOf(villages), "commune.villages", problems);
    }
    checkReferences(dossier, "boardId", idsOf(dossier.path("boards")), "boards", problems);
    checkAdministrativeDossiers(dossier, problems);
    checkSubsets(dossier.path("procedurePublication"), "$.procedurePublication", PUBLICATION_SUBSETS, problems);
    checkChannels(dossier, "disclosures", problems);
    checkChannels(dossier, "internalDisclosures", problems);
  }

  private static void checkUniqueIds(JsonNode dossier, ProblemList problems) {
    Map<String, JsonPaths.At> firstUse = new HashMap<>();
    if (dossier.path("dossierId").isTextual()) {
      firstUse.put(dossier.get("dossierId").asText(), JsonPaths.At.ROOT.field("dossierId"));
    }
    forEachObject(dossier, JsonPaths.At.ROOT, (path, object) -> {
      JsonNode id = object.path("id");
      JsonPaths.At earlier = id.isTextual() ? firstUse.putIfAbsent(id.asText(), path.field("id")) : null;
      if (earlier != null) {
        problems.add(new DossierProblem(path.field("id").toString(), "duplicate id " + id + ", already used at "
            + earlier));
      }
    });
  }

  private static void checkReferences(
      JsonNode dossier, String field, Set<String> targets, String targetList, ProblemList problems) {
    forEachObject(dossier, JsonPaths.At.ROOT, (path, object) -> {
      JsonNode reference = object.path(field);
      if (reference.isTextual() && !targets.contains(reference.asText())) {
        problems.add(new DossierProblem(path.field(field).toString(),
            field + " " + reference + " refers to no element of " + targetList));
      }
    });
  }

  private static void checkAdministrativeDossiers(JsonNode dossier, ProblemList problems) {
    JsonNode admin = dossier.path("administrativeDossiers");
    if (!admin.isObject()) {
      return;
    }
    boolean records = admin.has("records");
    boolean aggregates = admin.has("monthlyAggregates");
    if (records == aggregates) {
      problems.add(new DossierProblem(ADMIN, records
          ? "both records and monthlyAggregates are present; exactly one is allowed"
          : "neither records nor monthlyAggregates is present; exactly one is required"));
    }
    JsonNode months = admin.path("monthlyAggregates");
    JsonNode year = dossier.at("/period/year");
    Map<String, String> firstUse = new HashMap<>();
    for (int i = 0; months.isArray() && i < months.size(); i++) {
      String path = JsonPaths.index(ADMIN + ".monthlyAggregates", i);
      checkSubsets(months.get(i), path, AGGREGATE_SUBSETS, problems);
      JsonNode month = months.get(i).path("month");
      if (!month.isTextual() || !month.asText().matches("\\d{4}-(0[1-9]|1[0-2])")) {
        continue;
      }
      String monthPath = JsonPaths.field(path, "month");
      if (year.isIntegralNumber() && !month.asText().startsWith(year.asText() + "-")) {
        problems.add(new DossierProblem(monthPath, "month " + month.asText() + " lies outside period year " + year));
      }
      String earlier = firstUse.putIfAbsent(month.asText(), monthPath);
      if (earlier != null) {
        problems.add(new DossierProblem(monthPath, "duplicate month " + month.asText() + ", already at " + earlier));
      }
    }
    checkSubsets(admin.path("yearEndPending"), ADMIN + ".yearEndPending", PENDING_SUBSETS, problems);
  }

  private static void checkSubsets(JsonNode object, String path, List<Subset> subsets, ProblemList out) {
    for (Subset subset : subsets) {
      JsonNode part = object.path(subset.part());
      JsonNode whole = object.path(subset.whole());
      boolean comparable = part.isIntegralNumber() && whole.isIntegralNumber();
      if (comparable && part.bigIntegerValue().compareTo(whole.bigIntegerValue()) > 0) {
        out.add(new DossierProblem(JsonPaths.field(path, subset.part()),
            subset.part() + " " + part + " exceeds " + subset.whole() + " " + whole));
      }
    }
  }

  private static void checkChannels(JsonNode dossier, String section, ProblemList problems) {
    JsonNode records = dossier.path(section);
    for (int i = 0; records.isArray() && i < records.size(); i++) {
      JsonNode channels = records.get(i).path("channels");
      for (int j = 0; channels.isArray() && j < channels.size(); j++) {
        LocalDate start = DateValues.of(channels.get(j).path("startDate"));
        LocalDate end = DateValues.of(channels.get(j).path("endDate"));
        if (start != null && end != null && end.isBefore(start)) {
          String record = JsonPaths.index(JsonPaths.field(JsonPaths.ROOT, section), i);
          String channel = JsonPaths.index(JsonPaths.field(record, "channels"), j);
          problems.add(new DossierProblem(JsonPaths.field(channel, "endDate"),
              "endDate " + end + " is before startDate " + start));
        }
      }
    }
  }

  private static Set<String> idsOf(JsonNode list) {
    Set<String> ids = new HashSet<>();
    list.forEach(element -> {
      if (element.path("id").isTextual()) {
        ids.add(element.get("id").asText());
      }
    });
    return ids;
  }

  /** Visits every object of the tree, depth first in document order, with its path. */
  static void forEachObject(JsonNode node, JsonPaths.At path, BiConsumer<JsonPaths.At, JsonNode> visitor) {
    if (node.isObject()) {
      visitor.accept(path, node);
      for (var member : node.properties()) {
        JsonNode value = member.getValue();
        if (value.isContainerNode()) {
          forEachObject(value, path.field(member.getKey()), visitor);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachObject(node.get(i), path.index(i), visitor);
      }
    }
  }
}
