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

  private CountWarnings() {}

  static List<DossierProblem> of(JsonNode dossier) {
    List<DossierProblem> warnings = new ArrayList<>();
    JsonNode villages = dossier.at("/commune/villages");
    Map<String, Long> households = new HashMap<>();
    villages.forEach(v -> households.put(v.path("id").asText(), v.path("households").asLong(0)));
    JsonNode decisions = dossier.path("communityDecisions");
    for (int i = 0; i < decisions.size(); i++) {
      JsonNode d = decisions.get(i);
      String at = JsonPaths.index("$.communityDecisions", i);
      atMost(d, "householdsRepresented", "householdsTotal", "CommunityDecision", at, warnings);
      atMost(d, "votesFor", "householdsRepresented", "CommunityDecision", at, warnings);
      atMost(d, "villagesApproving", "villagesTotal", "CommunityDecision", at, warnings);
      if (d.path("villagesTotal").canConvertToLong() && villages.isArray()
          && d.path("villagesTotal").asLong() > villages.size()) {
        warnings.add(new DossierProblem(JsonPaths.field(at, "villagesTotal"), SchemaTerms.of("CommunityDecision",
            "villagesTotal") + " " + d.path("villagesTotal").asLong() + " lớn hơn số thôn, tổ dân phố của xã ("
            + villages.size() + ")"));
      }
      Long village = households.get(d.path("villageId").asText());
      if (village != null && village > 0 && d.path("householdsTotal").asLong(0) > village) {
        warnings.add(new DossierProblem(JsonPaths.field(at, "householdsTotal"), SchemaTerms.of("CommunityDecision",
            "householdsTotal") + " " + d.path("householdsTotal").asLong() + " lớn hơn số hộ của thôn ("
            + village + ")"));
      }
    }
    JsonNode sessions = dossier.path("receptionSessions");
    for (int i = 0; i < sessions.size(); i++) {
      JsonNode s = sessions.get(i);
      if (s.path("visitorsCount").canConvertToLong() && s.path("cases").size() > s.path("visitorsCount").asLong()) {
        warnings.add(new DossierProblem(JsonPaths.field(JsonPaths.index("$.receptionSessions", i), "visitorsCount"),
            SchemaTerms.of("ReceptionSession", "visitorsCount") + " " + s.path("visitorsCount").asLong() + " ít hơn số"
                + " vụ việc ghi ở buổi tiếp (" + s.path("cases").size() + ")"));
      }
    }
    return warnings;
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
