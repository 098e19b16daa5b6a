package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The key of the streamed list ({@code complaints}; the administrative dossiers' records: their section's). */
    String key() {
      return list.equals("/administrativeDossiers/records") ? DossierStream.ADMIN : list.substring(1);
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

  private static final Map<String, List<DateOrder>> ORDERS_BY_LIST =
      ORDERS.stream().collect(Collectors.groupingBy(DateOrder::key));

  /**
   * Luật 97/2025/QH15 Art. 4 (in force 01/7/2025) turned "thị trấn" into "đặc khu": {@code THI_TRAN} fits periods
   * before that day, so from the first year that reaches it on it is a warning.
   */
  private static final int FIRST_YEAR_WITHOUT_TOWNS = 2025;

  private final Map<DateOrder, List<DossierProblem>> dateOrders = new LinkedHashMap<>();
  private final LateDates lateDates;
  private final CountWarnings counts;

  /**
   * The warnings of one dossier read on {@code evaluationDay} (the day the dossier is read and scored), handed its
   * pieces in document order; {@code context}: the dossier, or as much of it as holds its period and commune.
   */
  ConsistencyWarnings(JsonNode context, LocalDate evaluationDay) {
    ORDERS.forEach(order -> dateOrders.put(order, new ArrayList<>()));
    lateDates = new LateDates(context.at("/period/year"), evaluationDay);
    counts = new CountWarnings(context.at("/commune/villages"));
  }

  /** A top-level member (or a member of the administrative dossiers) read whole. */
  void value(JsonNode value, JsonPaths.At path, SchemaWalk.Step step) {
    lateDates.check(step, value, path);
  }

  /** One record of a streamed list ({@code list}: its key). */
  void record(String list, JsonNode record, JsonPaths.At path, SchemaWalk.Step step) {
    lateDates.check(step, record, path);
    counts.record(list, record, path);
    for (DateOrder order : ORDERS_BY_LIST.getOrDefault(list, List.of())) {
      checkOrder(order, record, path, dateOrders.get(order));
    }
  }

  /**
   * The warnings: town level, dates in the wrong order (rule by rule), late dates, counts. {@code top}: the dossier's
   * top level.
   */
  List<DossierProblem> warnings(JsonNode top) {
    List<DossierProblem> warnings = new ArrayList<>();
    if ("THI_TRAN".equals(top.at("/commune/level").asText())
        && top.at("/period/year").asInt(0) >= FIRST_YEAR_WITHOUT_TOWNS) {
      warnings.add(new DossierProblem(JsonPaths.field(JsonPaths.ROOT + ".commune", "level"),
          "THI_TRAN (thị trấn) không còn từ 01/7/2025 (Luật 97/2025/QH15): kỳ đánh giá năm "
              + top.at("/period/year").asInt() + " dùng XA (xã), PHUONG (phường) hoặc DAC_KHU (đặc khu)"
              + " — THI_TRAN is valid for periods before 2025-07-01 only"));
    }
    dateOrders.values().forEach(warnings::addAll);
    warnings.addAll(lateDates.warnings());
    warnings.addAll(counts.warnings());
    return warnings;
  }

  private static void checkOrder(DateOrder order, JsonNode record, JsonPaths.At path, List<DossierProblem> out) {
    LocalDate earlier = DateValues.of(record.path(order.earlier()));
    LocalDate later = DateValues.of(record.path(order.later()));
    if (earlier != null && later != null && later.isBefore(earlier)) {
      out.add(new DossierProblem(JsonPaths.field(path.toString(), order.later()),
          SchemaTerms.of(order.def(), order.later()) + " " + later.format(VIETNAMESE) + " trước "
              + SchemaTerms.of(order.def(), order.earlier()) + " " + earlier.format(VIETNAMESE)));
    }
  }

  /** The warnings of a dossier already in memory, as reading its bytes on {@code evaluationDay} finds them. */
  static List<DossierProblem> of(JsonNode dossier, SchemaWalk walk, LocalDate evaluationDay) {
    ConsistencyWarnings warnings = new ConsistencyWarnings(dossier, evaluationDay);
    var lists = DossierStream.recordLists(walk.root().rule);
    new DossierStream(null, walk, lists).replay(dossier, new DossierStream.Sink() {
      @Override
      public void value(String name, JsonNode value, JsonPaths.At path, SchemaWalk.Step step) {
        warnings.value(value, path, step);
      }

      @Override
      public void record(String list, int index, JsonNode record, JsonPaths.At path, SchemaWalk.Step step) {
        warnings.record(list, record, path, step);
      }
    });
    return warnings.warnings(dossier);
  }
}
