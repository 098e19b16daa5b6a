package vn.qcdc.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.evaluation.Evaluation;

/** The stored form of an engine result: the public {@link EvaluationJson} mapping, written compactly. */
public final class ResultJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private ResultJson() {}

  static String write(Evaluation evaluation) {
    return EvaluationJson.write(evaluation);
  }

  /** Reads a stored result back as the typed result the engine produced. */
  public static Evaluation typed(String json) {
    return EvaluationJson.read(json);
  }

  /** Reads a stored result back as a tree (decimals kept exact). */
  public static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored result is always valid JSON", e);
    }
  }
}
