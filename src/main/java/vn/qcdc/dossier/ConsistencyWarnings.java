package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Logical inconsistencies that do not make a dossier unreadable (format §1.6): two dates of one record in the wrong
 * order, an action dated after the evaluation or more than a year after the period ({@link LateDates}), counts that
 * contradict their records ({@link CountWarnings}). They are reported as warnings and scoring proceeds on the data as
 * given; the pages show each beside its field, on the dossier and on every finding that used the record. The messages
 * are Vietnamese only and name fields by their Vietnamese terms; the path names the field for programs.
 */
final class ConsistencyWarnings {

  static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** In every record of {@code list}, {@code later} should not be before {@code earlier}. */
  private record DateOrder(String list, String earlier, String later) {

    String def() {
      return SchemaTerms.itemDef(list);
    }
  }

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

  /** The warnings of a dossier read on {@code evaluationDay} (the day the dossier is read and scored). */
  static List<DossierProblem> of(JsonNode dossier, SchemaWalk walk, LocalDate evaluationDay) {
    List<DossierProblem> warnings = new ArrayList<>(of(dossier));
    warnings.addAll(LateDates.of(dossier, walk, evaluationDay));
    warnings.addAll(CountWarnings.of(dossier));
    return warnings;
  }

  /** The warnings that do not depend on the day: town level and dates in the wrong order. */
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
              SchemaTerms.of(order.def(), order.later()) + " " + later.format(VIETNAMESE) + " trước "
                  + SchemaTerms.of(order.def(), order.earlier()) + " " + earlier.format(VIETNAMESE)));
        }
      }
    }
    return warnings;
  }
}
