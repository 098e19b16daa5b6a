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

  /**
   * Luật 97/2025/QH15 Art. 4 (in force 01/7/2025) turned "thị trấn" into "đặc khu": {@code THI_TRAN} fits periods
   * before that day, so from the first year that reaches it on it is a warning.
   */
  private static final int FIRST_YEAR_WITHOUT_TOWNS = 2025;

  private ConsistencyWarnings() {}

  static List<DossierProblem> of(JsonNode dossier) {
    List<DossierProblem> warnings = new ArrayList<>();
    if ("THI_TRAN".equals(dossier.at("/commune/level").asText())
        && dossier.at("/period/year").asInt(0) >= FIRST_YEAR_WITHOUT_TOWNS) {
      warnings.add(new DossierProblem(JsonPaths.field(JsonPaths.ROOT + ".commune", "level"),
          "THI_TRAN (thị trấn) không còn từ 01/7/2025 (Luật 97/2025/QH15): kỳ đánh giá năm "
              + dossier.at("/period/year").asInt() + " dùng XA (xã), PHUONG (phường) hoặc DAC_KHU (đặc khu)"
              + " — THI_TRAN is valid for periods before 2025-07-01 only"));
    }
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
