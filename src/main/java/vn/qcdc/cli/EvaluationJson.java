package vn.qcdc.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.CheckSentence;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.evaluation.PartResult;
import vn.qcdc.evaluation.SelfScore;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/**
 * The JSON form of an {@link Evaluation}: the contract that {@code evaluate} prints and other tools (and the web API)
 * read. Field order is fixed; points are JSON numbers with exactly two decimals (part points, exact fractions, are
 * rounded half-up once, here); dates are {@code yyyy-MM-dd}; a value that does not exist is {@code null}, never
 * omitted. See docs/cli.md for the field table.
 */
public final class EvaluationJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = JsonMapper.builder(
          new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build())
      .nodeFactory(NODES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private EvaluationJson() {}

  /**
   * The evaluation as a JSON tree.
   *
   * @param ruleSet the rule set the evaluation was made with (its calendar and constants word the check sentences)
   */
  public static ObjectNode toJson(Evaluation e, RuleSet ruleSet) {
    return tree(e, ruleSet, false);
  }

  /**
   * Writes the same JSON as {@link #toPrettyString} to {@code out}, without holding it whole: the checks of each part
   * (most of a large dossier's result) are made and written one at a time.
   */
  public static void write(Evaluation e, RuleSet ruleSet, Writer out) throws IOException {
    MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree(e, ruleSet, true));
  }

  /** As {@link #write(Evaluation, RuleSet, Writer)}, in UTF-8 bytes (faster than through a character writer). */
  public static void write(Evaluation e, RuleSet ruleSet, OutputStream out) throws IOException {
    MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree(e, ruleSet, true));
  }

  private static ObjectNode tree(Evaluation e, RuleSet ruleSet, boolean streamChecks) {
    ObjectNode root = NODES.objectNode();
    ObjectNode commune = root.putObject("commune");
    commune.put("code", e.communeCode());
    commune.put("name", e.communeName());
    root.put("year", e.year());
    ObjectNode rules = root.putObject("ruleSet");
    rules.put("hash", e.ruleSetHash());
    rules.put("profile", e.profileId());
    root.put("dossierHash", e.dossierHash());
    ArrayNode groups = root.putArray("groups");
    e.groups().forEach(g -> groups.add(group(g)));
    ArrayNode findings = root.putArray("findings");
    e.findings().forEach(f -> findings.add(finding(f, ruleSet, streamChecks)));
    ArrayNode adjustments = root.putArray("adjustments");
    e.adjustments().forEach(a -> adjustments.add(adjustment(a)));
    root.put("total", points(e.total()));
    root.put("maxTotal", points(e.maxTotal()));
    root.put("grade", e.grade().name());
    root.put("bandGrade", e.bandGrade().name());
    ArrayNode self = root.putArray("selfAssessment");
    e.selfScores().forEach(s -> self.add(selfScore(s)));
    ArrayNode warnings = root.putArray("dossierWarnings");
    e.dossierWarnings().forEach(w -> warnings.add(problem(w)));
    return root;
  }

  /** The evaluation as pretty-printed JSON (no trailing newline). */
  public static String toPrettyString(Evaluation e, RuleSet ruleSet) {
    try {
      return MAPPER.writeValueAsString(toJson(e, ruleSet));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a JSON tree always serialises", ex);
    }
  }

  /** Points as output: rounded half-up to two decimals, always written with two decimals. */
  public static BigDecimal points(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  private static ObjectNode group(GroupResult g) {
    ObjectNode n = NODES.objectNode();
    n.put("id", g.id());
    n.set("title", text(g.title()));
    n.put("points", points(g.points()));
    n.put("maxPoints", points(g.maxPoints()));
    return n;
  }

  private static ObjectNode finding(Finding f, RuleSet ruleSet, boolean streamChecks) {
    ObjectNode n = NODES.objectNode();
    n.put("criterion", f.criterion());
    n.put("group", f.group());
    n.set("title", text(f.title()));
    n.put("state", f.state().name());
    n.put("points", points(f.points()));
    n.put("maxPoints", points(f.maxPoints()));
    ArrayNode parts = n.putArray("parts");
    f.parts().forEach(p -> parts.add(part(p, ruleSet, streamChecks)));
    n.set("facts", strings(f.facts()));
    n.set("warnings", strings(f.warnings()));
    n.put("legalBasis", f.legalBasis());
    n.set("explanation", text(f.explanation()));
    n.set("legalBases", bases(f.legalBases()));
    return n;
  }

  private static ObjectNode part(PartResult p, RuleSet ruleSet, boolean streamChecks) {
    ObjectNode n = NODES.objectNode();
    n.put("id", p.id());
    n.put("state", p.state().name());
    n.put("points", p.points().toPoints());
    n.put("maxPoints", points(p.maxPoints()));
    n.put("applicable", p.applicable());
    n.put("compliant", p.compliant());
    if (streamChecks) {
      n.putPOJO("checks", new StreamedChecks(p.checks(), ruleSet));
    } else {
      ArrayNode checks = n.putArray("checks");
      p.checks().forEach(c -> checks.add(check(c, ruleSet)));
    }
    return n;
  }

  /** A part's checks, each written when the writer reaches it, field for field as {@link #check} makes them. */
  private record StreamedChecks(List<Check> checks, RuleSet ruleSet) implements JsonSerializable {
    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartArray();
      for (Check c : checks) {
        gen.writeStartObject();
        gen.writeArrayFieldStart("records");
        for (String record : c.records()) {
          gen.writeString(record);
        }
        gen.writeEndArray();
        gen.writeStringField("trigger", date(c.trigger()));
        gen.writeStringField("due", date(c.due()));
        gen.writeStringField("action", date(c.action()));
        gen.writeBooleanField("compliant", c.compliant());
        gen.writeBooleanField("counted", c.counted());
        Text text = CheckSentence.of(c, ruleSet);
        gen.writeObjectFieldStart("text");
        gen.writeStringField("vi", text.vi());
        gen.writeStringField("en", text.en());
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer type)
        throws IOException {
      serialize(gen, provider);
    }
  }

  private static ObjectNode check(Check c, RuleSet ruleSet) {
    ObjectNode n = NODES.objectNode();
    n.set("records", strings(c.records()));
    n.put("trigger", date(c.trigger()));
    n.put("due", date(c.due()));
    n.put("action", date(c.action()));
    n.put("compliant", c.compliant());
    n.put("counted", c.counted());
    n.set("text", text(CheckSentence.of(c, ruleSet)));
    return n;
  }

  private static ObjectNode adjustment(AdjustmentResult a) {
    ObjectNode n = NODES.objectNode();
    n.put("id", a.id());
    n.put("kind", a.kind().name());
    n.put("points", points(a.points()));
    n.put("fired", a.fired());
    n.put("gradeCap", a.gradeCap() == null ? null : a.gradeCap().name());
    n.put("reason", a.reason() == null ? null : a.reason().vi());
    n.put("reasonEn", a.reason() == null ? null : a.reason().en());
    n.set("records", strings(a.records()));
    n.put("legalBasis", a.legalBasis());
    n.set("legalBases", bases(a.legalBases()));
    return n;
  }

  /** Dated legal bases: {@code from} null means from the beginning, {@code to} null means still in force. */
  private static ArrayNode bases(List<LegalBasis> bases) {
    ArrayNode a = NODES.arrayNode();
    for (LegalBasis b : bases) {
      ObjectNode n = a.addObject();
      n.put("from", date(b.from()));
      n.put("to", date(b.to()));
      n.put("text", b.text());
    }
    return a;
  }

  private static ObjectNode selfScore(SelfScore s) {
    ObjectNode n = NODES.objectNode();
    n.put("criterion", s.criterion());
    n.put("self", points(s.selfPoints()));
    n.put("engine", points(s.enginePoints()));
    n.put("difference", points(s.difference()));
    return n;
  }

  private static ObjectNode problem(DossierProblem p) {
    ObjectNode n = NODES.objectNode();
    n.put("path", p.path());
    n.put("message", p.message());
    return n;
  }

  private static ObjectNode text(Text t) {
    ObjectNode n = NODES.objectNode();
    n.put("vi", t == null ? null : t.vi());
    n.put("en", t == null ? null : t.en());
    return n;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
