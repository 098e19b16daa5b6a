package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts that contradict their own records or the commune's profile: more households voting than households, more
 * villages approving than taking part or than the commune has, more cases at a reception than people received. (A
 * self-assessed total is not checked against its criteria: criteria not listed have no self-score.)
 */
final class CountWarnings {

  private final JsonNode villages;
  private final Map<String, Long> households = new HashMap<>();
  private final List<DossierProblem> decisions = new ArrayList<>();
  private final List<DossierProblem> sessions = new ArrayList<>();

  /** {@code villages}: the value of {@code commune.villages}, missing if absent. */
  CountWarnings(JsonNode villages) {
    this.villages = villages;
    villages.forEach(v -> households.put(v.path("id").asText(), v.path("households").asLong(0)));
  }

  /** One record of a streamed list ({@code list}: its key). */
  void record(String list, JsonNode record, JsonPaths.At path) {
    if (list.equals("communityDecisions")) {
      decision(record, path.toString());
    } else if (list.equals("receptionSessions")) {
      session(record, path.toString());
    }
  }

  /** The warnings of the community decisions, then those of the reception sessions. */
  List<DossierProblem> warnings() {
    List<DossierProblem> warnings = new ArrayList<>(decisions);
    warnings.addAll(sessions);
    return warnings;
  }

  private void decision(JsonNode d, String at) {
    atMost(d, "householdsRepresented", "householdsTotal", "CommunityDecision", at, decisions);
    atMost(d, "votesFor", "householdsRepresented", "CommunityDecision", at, decisions);
    atMost(d, "villagesApproving", "villagesTotal", "CommunityDecision", at, decisions);
    if (d.path("villagesTotal").canConvertToLong() && villages.isArray()
        && d.path("villagesTotal").asLong() > villages.size()) {
      decisions.add(new DossierProblem(JsonPaths.field(at, "villagesTotal"), SchemaTerms.of("CommunityDecision",
          "villagesTotal") + " " + d.path("villagesTotal").asLong() + " lớn hơn số thôn, tổ dân phố của xã ("
          + villages.size() + ")"));
    }
    Long village = households.get(d.path("villageId").asText());
    if (village != null && village > 0 && d.path("householdsTotal").asLong(0) > village) {
      decisions.add(new DossierProblem(JsonPaths.field(at, "householdsTotal"), SchemaTerms.of("CommunityDecision",
          "householdsTotal") + " " + d.path("householdsTotal").asLong() + " lớn hơn số hộ của thôn ("
          + village + ")"));
    }
  }

  private void session(JsonNode s, String at) {
    if (s.path("visitorsCount").canConvertToLong() && s.path("cases").size() > s.path("visitorsCount").asLong()) {
      sessions.add(new DossierProblem(JsonPaths.field(at, "visitorsCount"),
          SchemaTerms.of("ReceptionSession", "visitorsCount") + " " + s.path("visitorsCount").asLong() + " ít hơn số"
              + " vụ việc ghi ở buổi tiếp (" + s.path("cases").size() + ")"));
    }
  }

  private static void atMost(JsonNode record, String part, String whole, String def, String at,
      List<DossierProblem> warnings) {
    JsonNode p = record.path(part);
    JsonNode w = record.path(whole);
    if (p.canConvertToLong() && w.canConvertToLong() && p.asLong() > w.asLong()) {
      warnings.add(new DossierProblem(JsonPaths.field(at, part), SchemaTerms.of(def, part) + " " + p.asLong()
          + " lớn hơn " + SchemaTerms.of(def, whole) + " " + w.asLong()));
    }
  }
}
