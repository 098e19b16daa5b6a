package vn.qcdc.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.AdjustmentDefinition;
import vn.qcdc.rulebase.GradeBand;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.Text;

/**
 * Reads the JSON form of {@link EvaluationJson} back into the typed result, field by field as the writer wrote it.
 * A field added to the form later is read as absent (null, or an empty list) from a result stored before it existed.
 */
final class EvaluationJsonReader {

  private EvaluationJsonReader() {}

  static Evaluation evaluation(JsonNode n) {
    return new Evaluation(required(n, "commune").path("code").asText(), n.path("commune").path("name").asText(),
        required(n, "year").asInt(), n.path("ruleSet").path("hash").asText(), n.path("ruleSet").path("profile").asText(),
        n.path("dossierHash").asText(), list(n.path("groups"), EvaluationJsonReader::group),
        list(required(n, "findings"), EvaluationJsonReader::finding),
        list(n.path("adjustments"), EvaluationJsonReader::adjustment), decimal(n.path("total")),
        decimal(n.path("maxTotal")), grade(n.path("bandGrade")), grade(n.path("grade")),
        list(n.path("selfAssessment"), s -> new SelfScore(s.path("criterion").asText(), decimal(s.path("self")),
            decimal(s.path("engine")), decimal(s.path("difference")))),
        list(n.path("dossierWarnings"), w -> new DossierProblem(string(w.path("path")), string(w.path("message")))),
        list(n.path("gradeBands"), b -> new GradeBand(grade(b.path("grade")), decimal(b.path("atLeast")))));
  }

  private static GroupResult group(JsonNode g) {
    return new GroupResult(g.path("id").asText(), text(g.path("title")), decimal(g.path("points")),
        decimal(g.path("maxPoints")));
  }

  private static Finding finding(JsonNode f) {
    return new Finding(f.path("criterion").asText(), f.path("group").asText(), text(f.path("title")),
        State.valueOf(f.path("state").asText()), decimal(f.path("points")), decimal(f.path("maxPoints")),
        list(f.path("parts"), EvaluationJsonReader::part), strings(f.path("facts")), strings(f.path("warnings")),
        string(f.path("legalBasis")), text(f.path("explanation")), bases(f.path("legalBases")));
  }

  private static PartResult part(JsonNode p) {
    return new PartResult(p.path("id").asText(), State.valueOf(p.path("state").asText()), decimal(p.path("points")),
        decimal(p.path("maxPoints")), p.path("applicable").asLong(), p.path("compliant").asLong(),
        list(p.path("checks"), EvaluationJsonReader::check), text(p.path("note")));
  }

  private static CheckResult check(JsonNode c) {
    return new CheckResult(strings(c.path("records")), date(c.path("trigger")), date(c.path("due")),
        date(c.path("action")), c.path("compliant").asBoolean(), c.path("counted").asBoolean(), text(c.path("text")));
  }

  private static AdjustmentResult adjustment(JsonNode a) {
    String vi = string(a.path("reason"));
    String en = string(a.path("reasonEn"));
    return new AdjustmentResult(a.path("id").asText(), AdjustmentDefinition.Kind.valueOf(a.path("kind").asText()),
        text(a.path("title")), a.path("fired").asBoolean(), decimal(a.path("points")), grade(a.path("gradeCap")),
        strings(a.path("records")), vi == null && en == null ? null : Text.of(vi, en), string(a.path("legalBasis")),
        bases(a.path("legalBases")));
  }

  private static List<LegalBasis> bases(JsonNode array) {
    return list(array, b -> new LegalBasis(date(b.path("from")), date(b.path("to")), string(b.path("text"))));
  }

  private static JsonNode required(JsonNode n, String field) {
    if (!n.hasNonNull(field)) {
      throw new IllegalArgumentException("the result has no field '" + field + "'");
    }
    return n.get(field);
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> out = new ArrayList<>();
    array.forEach(n -> out.add(element.apply(n)));
    return out;
  }

  private static List<String> strings(JsonNode array) {
    return list(array, JsonNode::asText);
  }

  private static Text text(JsonNode t) {
    return t.isObject() ? Text.of(string(t.path("vi")), string(t.path("en"))) : null;
  }

  private static String string(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static BigDecimal decimal(JsonNode n) {
    return n.isNumber() ? n.decimalValue() : null;
  }

  private static Grade grade(JsonNode n) {
    return n.isTextual() ? Grade.valueOf(n.asText()) : null;
  }

  private static LocalDate date(JsonNode n) {
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }
}
