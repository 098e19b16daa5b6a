package vn.qcdc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.facts.Grade;

/**
 * One scenario case: a dossier fragment laid over the base dossier, and what the evaluation must give.
 *
 * @param criterion the criterion checked, or null when the case checks the whole dossier (total, grade)
 * @param kind what the case demonstrates (used by the coverage guard)
 */
public record Scenario(String file, int line, String name, String criterion, Kind kind, JsonNode dossier,
    Expectation expect) {

  /** What a case demonstrates; every criterion needs FULL, ZERO, two BOUNDARY, NOT_APPLICABLE (or EMPTY_IS_NOT_NA), MISSING_EVIDENCE. */
  public enum Kind { FULL, ZERO, BOUNDARY, NOT_APPLICABLE, EMPTY_IS_NOT_NA, MISSING_EVIDENCE, OTHER }

  /**
   * Expected results; every field is optional.
   *
   * @param cites texts the criterion's legal basis must contain (e.g. "Nghị định 118/2025/NĐ-CP")
   * @param doesNotCite texts its legal basis must not contain
   * @param says texts the finding must say in Vietnamese, in its explanation or in the sentence of one of its checks
   *     (e.g. the time limit that applied to a record)
   */
  public record Expectation(String state, BigDecimal points, Map<String, PartExpectation> parts,
      List<String> warnings, BigDecimal total, Grade grade, Map<String, BigDecimal> adjustments, List<String> cites,
      List<String> doesNotCite, List<String> says) {}

  /** Expected state and points of one part. */
  public record PartExpectation(String state, BigDecimal points) {}

  /** "file:line name", how the case is named in reports. */
  public String label() {
    return file + ":" + line + " " + name;
  }
}
