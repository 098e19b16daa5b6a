package vn.qcdc.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.Text;

/**
 * The JSON form of an {@link Evaluation}: the contract that {@code evaluate} prints (docs/cli.md) and the form in
 * which the service stores a result, read back by {@link #fromJson} into an equal {@link Evaluation}. Field order is
 * fixed; points are JSON numbers with exactly two decimals; dates are {@code yyyy-MM-dd}; a value that does not exist
 * is {@code null}, never omitted. Fields added after the first contract ({@code findings[].legalBases},
 * {@code parts[].note}, {@code adjustments[].title}, {@code adjustments[].legalBasis}, {@code adjustments[].legalBases},
 * {@code gradeBands}) come last in their object, so the earlier fields print byte for byte as before.
 */
public final class EvaluationJson {

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper COMPACT = JsonMapper.builder()
      .nodeFactory(NODES)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private EvaluationJson() {}

  /** The evaluation as a JSON tree, in the contract's field order. */
  public static ObjectNode toJson(Evaluation e) {
    return tree(e, false);
  }

  /**
   * The same tree for writing once, without holding it whole: each part's checks (most of a large dossier's result)
   * are a node that writes them one at a time, field for field as {@link #toJson} makes them. Any Jackson writer
   * gives the bytes it would give for {@link #toJson}.
   */
  public static ObjectNode toStreamingJson(Evaluation e) {
    return tree(e, true);
  }

  private static ObjectNode tree(Evaluation e, boolean streamChecks) {
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
    e.findings().forEach(f -> findings.add(finding(f, streamChecks)));
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
    ArrayNode bands = root.putArray("gradeBands");
    e.gradeBands().forEach(b -> bands.addObject().put("grade", b.grade().name()).put("atLeast", points(b.atLeast())));
    return root;
  }

  /** Reads a tree written by {@link #toJson} (or by an earlier version, without the fields added since). */
  public static Evaluation fromJson(JsonNode json) {
    return EvaluationJsonReader.evaluation(json);
  }

  /** The stored form: the same tree, written compactly. */
  public static String write(Evaluation e) {
    try {
      return COMPACT.writeValueAsString(toJson(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a JSON tree always serialises", ex);
    }
  }

  /**
   * Reads a stored result (decimals kept exact).
   *
   * @throws IllegalArgumentException if the text is not a result of this form
   */
  public static Evaluation read(String json) {
    try {
      return fromJson(COMPACT.readTree(json));
    } catch (JsonProcessingException | RuntimeException ex) {
      throw new IllegalArgumentException("not a stored evaluation result: " + ex.getMessage(), ex);
    }
  }

  /** Points as output: rounded half-up to two decimals, always written with two decimals. */
  public static BigDecimal points(BigDecimal value) {
    return Points.of(value);
  }

  private static ObjectNode group(GroupResult g) {
    ObjectNode n = NODES.objectNode();
    n.put("id", g.id());
    n.set("title", text(g.title()));
    n.put("points", points(g.points()));
    n.put("maxPoints", points(g.maxPoints()));
    return n;
  }

  private static ObjectNode finding(Finding f, boolean streamChecks) {
    ObjectNode n = NODES.objectNode();
    n.put("criterion", f.criterion());
    n.put("group", f.group());
    n.set("title", text(f.title()));
    n.put("state", f.state().name());
    n.put("points", points(f.points()));
    n.put("maxPoints", points(f.maxPoints()));
    ArrayNode parts = n.putArray("parts");
    f.parts().forEach(p -> parts.add(part(p, streamChecks)));
    n.set("facts", strings(f.facts()));
    n.set("warnings", strings(f.warnings()));
    n.put("legalBasis", f.legalBasis());
    n.set("explanation", text(f.explanation()));
    n.set("legalBases", bases(f.legalBases()));
    return n;
  }

  private static ObjectNode part(PartResult p, boolean streamChecks) {
    ObjectNode n = NODES.objectNode();
    n.put("id", p.id());
    n.put("state", p.state().name());
    n.put("points", points(p.points()));
    n.put("maxPoints", points(p.maxPoints()));
    n.put("applicable", p.applicable());
    n.put("compliant", p.compliant());
    if (streamChecks) {
      n.putPOJO("checks", new StreamedChecks(p.checks()));
    } else {
      ArrayNode checks = n.putArray("checks");
      p.checks().forEach(c -> checks.add(check(c)));
    }
    n.set("note", p.note() == null ? NODES.nullNode() : text(p.note()));
    return n;
  }

  /** A part's checks, each written when the writer reaches it, field for field as {@link #check} makes them. */
  private record StreamedChecks(List<CheckResult> checks) implements JsonSerializable {
    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartArray();
      for (CheckResult c : checks) {
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
        gen.writeObjectFieldStart("text");
        gen.writeStringField("vi", c.text() == null ? null : c.text().vi());
        gen.writeStringField("en", c.text() == null ? null : c.text().en());
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

  private static ObjectNode check(CheckResult c) {
    ObjectNode n = NODES.objectNode();
    n.set("records", strings(c.records()));
    n.put("trigger", date(c.trigger()));
    n.put("due", date(c.due()));
    n.put("action", date(c.action()));
    n.put("compliant", c.compliant());
    n.put("counted", c.counted());
    n.set("text", text(c.text()));
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
    n.set("title", a.title() == null ? NODES.nullNode() : text(a.title()));
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
