package vn.qcdc.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** Weakens a demo dossier: the higher the level, the more reception sessions, disclosures and reports are missing. */
final class Shortfalls {

  private Shortfalls() {}

  static void apply(ObjectNode dossier, int level) {
    if (level <= 0) {
      return;
    }
    dropEvery(list(dossier, "receptionSessions"), Math.max(2, 9 - level));
    dropLast(list(dossier, "disclosures"), Math.min(level, 6));
    if (level >= 2) {
      lateComplaintDecisions(list(dossier, "complaints"), level * 4);
    }
    if (level >= 3) {
      dropLast(list(dossier, "reports"), Math.min(level - 2, 4));
    }
    if (level >= 4) {
      dropLast(list(dossier, "meetings"), Math.min(level - 3, 4));
    }
  }

  /** The section's list, or an empty detached one when the section is absent (absent stays absent). */
  private static ArrayNode list(ObjectNode dossier, String section) {
    return dossier.get(section) instanceof ArrayNode a ? a : dossier.arrayNode();
  }

  /** Removes every n-th reception session that records no case (cases are referred to by petitions). */
  private static void dropEvery(ArrayNode sessions, int n) {
    for (int i = sessions.size() - 1; i > 0; i--) {
      if (i % n == 0 && sessions.get(i).path("cases").isEmpty()) {
        sessions.remove(i);
      }
    }
  }

  private static void dropLast(ArrayNode list, int count) {
    for (int i = 0; i < count && list.size() > 1; i++) {
      list.remove(list.size() - 1);
    }
  }

  /** Moves complaint decisions (and their sending) later by {@code days}. */
  private static void lateComplaintDecisions(ArrayNode complaints, int days) {
    for (JsonNode c : complaints) {
      ObjectNode complaint = (ObjectNode) c;
      for (String field : new String[] {"decisionDate", "decisionSentDate"}) {
        if (complaint.hasNonNull(field)) {
          complaint.put(field, LocalDate.parse(complaint.get(field).asText()).plusDays(days).toString());
        }
      }
    }
  }
}
