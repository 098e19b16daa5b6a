package vn.qcdc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import vn.qcdc.rulebase.DatedConstant;
import vn.qcdc.rulebase.RuleSet;

/**
 * What a programmer would write by hand for two criteria, as the yardstick of the engine: a Jackson tree parse of the
 * dossier and one pass over the administrative dossier records computing TC3.1 (on-time rate: counted and settled on
 * time, as the rule's {@code countedForTimeliness} and {@code settledOnTime}) and TC3.2(b) (completion request within
 * K36 working days of receipt, with the holiday calendar and the constant in force on the day of receipt). No
 * validation, no explanation, no other criterion: the floor below which nothing that reads the same records can go.
 */
final class HandWrittenBaseline {

  /** The counts the two criteria score from. */
  record Counts(long counted, long onTime, long requests, long requestsInTime) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuleSet rules;

  HandWrittenBaseline(RuleSet rules) {
    this.rules = rules;
  }

  Counts run(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int year = root.path("period").path("year").asInt();
    LocalDate end = LocalDate.of(year, 12, 31);
    DatedConstant k36 = rules.parameters().get("K36");
    long counted = 0;
    long onTime = 0;
    long requests = 0;
    long requestsInTime = 0;
    for (JsonNode d : root.path("administrativeDossiers").path("records")) {
      LocalDate received = date(d, "receivedDate");
      LocalDate due = date(d, "dueDate");
      LocalDate result = date(d, "resultDate");
      boolean resultInYear = result != null && result.getYear() == year;
      if (date(d, "refusalDate") == null && date(d, "withdrawnDate") == null
          && (resultInYear || !due.isAfter(end) && (result == null || result.isAfter(end)))) {
        counted++;
        if (resultInYear && !result.isAfter(due)) {
          onTime++;
        }
      }
      LocalDate request = date(d, "completionRequestDate");
      if (request != null) {
        int days = Integer.parseInt(k36.valueOn(received).value());
        LocalDate deadline = rules.calendar().workingDaysAfter(received, days);
        if (deadline.getYear() == year) {
          requests++;
          if (!request.isAfter(deadline)) {
            requestsInTime++;
          }
        }
      }
    }
    return new Counts(counted, onTime, requests, requestsInTime);
  }

  private static LocalDate date(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
  }
}
