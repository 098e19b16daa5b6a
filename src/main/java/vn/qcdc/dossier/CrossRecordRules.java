package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rejection rules of format §1.6 that JSON Schema cannot express: unique ids, references, the single form of
 * administrative dossiers, subset counts, aggregate months, procedure counts and channel dates.
 *
 * <p>The records of a dossier are handed over one at a time as they are streamed: what the rules need across records
 * is kept as it passes (each id, village and board reference with its path, the boards' ids, the channels' problems)
 * and the rules are applied at the end, on the dossier's top level and what was kept. The rules read the JSON
 * defensively, so they also run on a dossier with structural problems and all problems are reported together; a
 * value of the wrong type is left to the schema and skipped here, as are village references when
 * {@code commune.villages} is missing or empty (the schema reports that once).
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
  /** The sections whose records' channels must not end before they start, in the order their problems are listed. */
  private static final List<String> CHANNEL_SECTIONS = List.of("disclosures", "internalDisclosures");

  private final UniqueIds ids = new UniqueIds();
  private final Occurrences villageReferences = new Occurrences("villageId");
  private final Occurrences boardReferences = new Occurrences("boardId");
  private final List<Occurrences> references = List.of(villageReferences, boardReferences);
  /** The slot of each object read member by member (the root, the administrative dossiers), innermost first. */
  private final Deque<int[]> objects = new ArrayDeque<>();
  private final Set<String> boardIds = new HashSet<>();
  private final Map<String, ProblemList> channels = new LinkedHashMap<>();

  /** The rules of one dossier; {@code problems}: where they are listed in the end. */
  CrossRecordRules(ProblemList problems) {
    CHANNEL_SECTIONS.forEach(section -> channels.put(section, problems.sibling()));
  }

  /**
   * An object read member by member begins: it is visited before its members, so its own id and references take
   * their place in the document order now and are known when its members are read.
   */
  void objectStart() {
    objects.push(new int[] {ids.reserve(), villageReferences.reserve(), boardReferences.reserve()});
  }

  void objectEnd() {
    objects.pop();
  }

  /** A member of the object read member by member ({@code name}), or the root when it is not an object. */
  void value(String name, JsonNode value, JsonPaths.At path) {
    if (name != null && value.isTextual()) {
      int[] slots = objects.peek();
      if (name.equals("id")) {
        ids.fill(slots[0], value.asText(), path);
      }
      for (int i = 0; i < references.size(); i++) {
        references.get(i).fill(slots[i + 1], name, value.asText(), path);
      }
    }
    gather(value, path);
  }

  void record(String list, JsonNode record, JsonPaths.At path) {
    gather(record, path);
    if (list.equals("boards") && record.path("id").isTextual()) {
      boardIds.add(record.get("id").asText());
    }
    ProblemList sectionChannels = channels.get(list);
    if (sectionChannels != null) {
      checkChannels(record, path, sectionChannels);
    }
  }

  private void gather(JsonNode piece, JsonPaths.At at) {
    forEachObject(piece, at, (path, object) -> {
      JsonNode id = object.path("id");
      if (id.isTextual()) {
        ids.add(id.asText(), path.field("id"));
      }
      references.forEach(o -> o.add(object, path));
    });
  }

  /** Lists the problems; {@code top}: the dossier without its streamed records. */
  void check(JsonNode top, ProblemList problems) {
    if (!top.isObject()) {
      return;
    }
    ids.check(top.path("dossierId").isTextual() ? top.get("dossierId").asText() : null, problems);
    JsonNode villages = top.at("/commune/villages");
    if (villages.isArray() && !villages.isEmpty()) {
      checkReferences(villageReferences, idsOf(villages), "commune.villages", problems);
    }
    boardIds.addAll(idsOf(top.path("boards")));
    checkReferences(boardReferences, boardIds, "boards", problems);
    checkAdministrativeDossiers(top, problems);
    checkSubsets(top.path("procedurePublication"), "$.procedurePublication", PUBLICATION_SUBSETS, problems);
    channels.values().forEach(problems::append);
  }

  private static void checkReferences(Occurrences references, Set<String> targets, String targetList,
      ProblemList problems) {
    references.forEach((reference, path) -> {
      if (!targets.contains(reference)) {
        problems.add(new DossierProblem(path.toString(),
            references.field() + " " + quoted(reference) + " refers to no element of " + targetList));
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

  private static void checkChannels(JsonNode record, JsonPaths.At path, ProblemList problems) {
    JsonNode channels = record.path("channels");
    for (int j = 0; channels.isArray() && j < channels.size(); j++) {
      LocalDate start = DateValues.of(channels.get(j).path("startDate"));
      LocalDate end = DateValues.of(channels.get(j).path("endDate"));
      if (start != null && end != null && end.isBefore(start)) {
        String channel = JsonPaths.index(JsonPaths.field(path.toString(), "channels"), j);
        problems.add(new DossierProblem(JsonPaths.field(channel, "endDate"),
            "endDate " + end + " is before startDate " + start));
      }
    }
  }

  /** The text as JSON writes it, as these messages have always shown ids. */
  private static String quoted(String text) {
    return TextNode.valueOf(text).toString();
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
