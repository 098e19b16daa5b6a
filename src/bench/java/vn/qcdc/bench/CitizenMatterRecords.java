package vn.qcdc.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Citizen reception sessions with their cases, complaints and petitions (format §5.13, §5.14, §5.16), answered
 * mostly within their deadlines and sometimes late or not at all.
 */
final class CitizenMatterRecords {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> CASE_TYPES = List.of("PETITION", "PETITION", "FEEDBACK", "COMPLAINT", "DENUNCIATION");
  private static final List<String> OTHER_RECEIVERS = List.of("VICE_CHAIRMAN", "ASSIGNED_OFFICER", "ACTING_CHAIRMAN");
  private static final List<String> PETITION_CHANNELS = List.of("IN_PERSON", "MAIL", "HOTLINE", "WEBSITE",
      "SUGGESTION_BOX", "VIA_FATHERLAND_FRONT", "VIA_MASS_ORGANISATION", "SOCIAL_NETWORK");
  private static final List<String> OUTCOMES = List.of("UPHELD", "PARTLY_UPHELD", "REJECTED", "REJECTED");
  private static final List<String> SUBJECTS = List.of("Khiếu nại việc xác nhận nguồn gốc đất",
      "Khiếu nại việc lập danh sách hộ nghèo", "Đề nghị sửa chữa đèn chiếu sáng ngõ xóm", "Phản ánh rác thải tại bờ mương",
      "Kiến nghị lắp biển báo giao thông gần trường học", "Phản ánh chăn nuôi gây ô nhiễm trong khu dân cư");

  private final Dates dates;
  private final int year;

  CitizenMatterRecords(Dates dates, int year) {
    this.dates = dates;
    this.year = year;
  }

  /**
   * One scheduled chairman's session per week (a few weeks missed), the rest held by others or ad hoc; {@code cases}
   * cases spread over all sessions.
   */
  ArrayNode receptionSessions(int sessions, int cases) {
    ArrayNode out = JSON.arrayNode(sessions);
    LocalDate thursday = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    for (int i = 1; i <= sessions; i++) {
      boolean weekly = thursday.getYear() == year;
      LocalDate date = weekly ? thursday : dates.anyWorkingDay();
      String role = weekly ? (dates.chance(0.96) ? "CHAIRMAN" : "VICE_CHAIRMAN") : dates.pick(OTHER_RECEIVERS);
      out.add(JSON.objectNode().put("id", String.format("B-RS-%05d", i)).put("date", date.toString())
          .put("receiverRole", role).put("atHeadquarters", weekly || dates.chance(0.8))
          .put("isAdHoc", !weekly && dates.chance(0.3)).put("visitorsCount", dates.between(0, 3)).set("cases", JSON.arrayNode()));
      thursday = thursday.plusWeeks(1);
    }
    for (int i = 1; i <= cases; i++) {
      ObjectNode session = (ObjectNode) out.get(dates.between(0, sessions - 1));
      LocalDate date = LocalDate.parse(session.get("date").asText());
      ObjectNode c = JSON.objectNode().put("id", String.format("B-RC-%05d", i)).put("caseType", dates.pick(CASE_TYPES));
      putDate(c, "answeredDate", dates.chance(0.97) ? Dates.plusWorkingDays(date, dates.between(1, 13)) : null);
      ((ArrayNode) session.get("cases")).add(c);
      session.put("visitorsCount", session.get("visitorsCount").asInt() + 1);
    }
    return out;
  }

  ArrayNode complaints(int count) {
    ArrayNode out = JSON.arrayNode(count);
    for (int i = 1; i <= count; i++) {
      LocalDate received = dates.anyWorkingDay();
      boolean competent = dates.chance(0.85);
      ObjectNode c = JSON.objectNode().put("id", String.format("B-K-%05d", i)).put("subject", dates.pick(SUBJECTS))
          .put("receivedDate", received.toString()).put("withinCompetence", competent);
      if (competent && dates.chance(0.08)) {
        putDate(c, "refusedDate", received.plusDays(dates.between(2, 12)));
      } else if (competent) {
        settle(c, received.plusDays(dates.between(2, 13)));
      }
      out.add(c);
    }
    return out;
  }

  /** Accepted on {@code accepted}; decided within 30 (complex 45) days in most cases, after a dialogue if required. */
  private void settle(ObjectNode c, LocalDate accepted) {
    boolean complex = dates.chance(0.2);
    putDate(c, "acceptedDate", accepted);
    c.put("complexity", complex ? "COMPLEX" : "NORMAL");
    if (accepted.isAfter(dates.lastActionDay)) {
      return;
    }
    if (dates.chance(0.03)) {
      putDate(c, "withdrawnDate", accepted.plusDays(dates.between(5, 15)));
      c.put("outcome", "WITHDRAWN");
      return;
    }
    LocalDate decision = accepted.plusDays(complex ? dates.between(25, 55) : dates.between(15, 40));
    boolean dialogue = dates.chance(0.5);
    c.put("dialogueRequired", dialogue);
    if (dialogue && dates.chance(0.95)) {
      putDate(c, "dialogueDate", decision.minusDays(dates.between(2, 10)));
    }
    if (dates.ifHappened(decision) != null) {
      putDate(c, "decisionDate", decision);
      putDate(c, "decisionSentDate", Dates.plusWorkingDays(decision, dates.between(1, 5)));
      c.put("outcome", dates.pick(OUTCOMES));
    }
  }

  ArrayNode petitions(int count) {
    ArrayNode out = JSON.arrayNode(count);
    for (int i = 1; i <= count; i++) {
      LocalDate received = dates.anyWorkingDay();
      boolean competent = dates.chance(0.88);
      ObjectNode p = JSON.objectNode().put("id", String.format("B-PA-%05d", i)).put("receivedDate", received.toString())
          .put("channel", dates.pick(PETITION_CHANNELS)).put("withinCompetence", competent);
      if (competent && dates.chance(0.97)) {
        putDate(p, "responseDate", Dates.plusWorkingDays(received, dates.between(2, 13)));
      } else if (!competent) {
        putDate(p, "forwardedDate", Dates.plusWorkingDays(received, dates.between(1, 7)));
      }
      p.put("protracted", dates.chance(0.005)).put("subject", dates.pick(SUBJECTS));
      out.add(p);
    }
    return out;
  }

  private void putDate(ObjectNode r, String field, LocalDate date) {
    String value = dates.ifHappened(date);
    if (value != null) {
      r.put(field, value);
    }
  }
}
