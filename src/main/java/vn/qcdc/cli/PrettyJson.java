package vn.qcdc.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.EvaluationJson;

/**
 * How {@code evaluate} prints a result: the JSON form of {@link EvaluationJson}, pretty-printed, with every character
 * that could drive a terminal written as a JSON escape ({@link TerminalSafeEscapes}).
 */
final class PrettyJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private PrettyJson() {}

  /** The evaluation as pretty-printed JSON (no trailing newline). */
  static String of(Evaluation e) {
    return of(EvaluationJson.toJson(e));
  }

  /**
   * Writes the same text as {@link #of(Evaluation)} to {@code out} without holding it whole (a 100,000-record result
   * is tens of megabytes): the checks are written one at a time. {@code out} is left open.
   */
  static void write(Evaluation e, Writer out) throws IOException {
    MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out,
        EvaluationJson.toStreamingJson(e));
  }

  /** As {@link #write(Evaluation, Writer)}, in UTF-8 bytes (faster than through a character writer). */
  static void write(Evaluation e, OutputStream out) throws IOException {
    MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out,
        EvaluationJson.toStreamingJson(e));
  }

  static String of(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a JSON tree always serialises", ex);
    }
  }
}
