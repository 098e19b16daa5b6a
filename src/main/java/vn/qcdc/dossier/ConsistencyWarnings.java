package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Logical inconsistencies that do not make a dossier unreadable (format §1.6): two dates of one record in the
 * wrong order. They are reported as warnings and scoring proceeds on the data as given.
 */
final class ConsistencyWarnings {

  /** In every record of {@code list}, {@code later} should not be before {@code earlier}. */
  private record DateOrder(String list, String earlier, String later) {}

  private static final List<DateOrder> ORDERS = List.of(
      new DateOrder("/complaints", "receivedDate", "acceptedDate"),
      new DateOrder("/complaints", "acceptedDate", "decisionDate"),
      new DateOrder("/complaints", "decisionDate", "decisionSentDate"),
      new DateOrder("/denunciations", "receivedDate", "acceptanceDecisionDate"),
      new DateOrder("/denunciations", "acceptanceDecisionDate", "conclusionDate"),
      new DateOrder("/petitions", "receivedDate", "responseDate"),
      new DateOrder("/communityDecisions", "noticeDate", "voteStartDate"),
      new DateOrder("/communityDecisions", "voteStartDate", "voteEndDate"),
      new DateOrder("/consultations", "publishDate", "closeDate"),
      new DateOrder("/boards", "activeFrom", "activeTo"),
      new DateOrder("/boardRecommendations", "receivedDate", "answeredDate"),
      new DateOrder("/villageConventions", "adoptedDate", "recognitionDate"),
      new DateOrder("/administrativeDossiers/records", "receivedDate", "resultDate"));

  private ConsistencyWarnings() {}

  static List<DossierProblem> of(JsonNode dossier) {
    List<DossierProblem> warnings = new ArrayList<>();
    for (DateOrder order : ORDERS) {
      JsonNode records = dossier.at(order.list());
      String listPath = JsonPaths.ROOT + order.list().replace('/', '.');
      for (int i = 0; i < records.size(); i++) {
        LocalDate earlier = DateValues.of(records.get(i).path(order.earlier()));
        LocalDate later = DateValues.of(records.get(i).path(order.later()));
        if (earlier != null && later != null && later.isBefore(earlier)) {
          warnings.add(new DossierProblem(JsonPaths.field(JsonPaths.index(listPath, i), order.later()),
              order.later() + " " + later + " is before " + order.earlier() + " " + earlier));
        }
      }
    }
    return warnings;
  }
}
