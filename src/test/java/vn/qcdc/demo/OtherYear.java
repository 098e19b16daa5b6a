package vn.qcdc.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A dossier moved to another year the way the demo data moves the example (every date and year by whole years). */
public final class OtherYear {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private OtherYear() {}

  public static byte[] of(byte[] dossier, int years) {
    try {
      ObjectNode d = (ObjectNode) JSON.readTree(dossier);
      DemoDossiers.shiftYears(d, years);
      d.put("dossierId", d.path("dossierId").asText() + "-" + d.path("period").path("year").asInt());
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
